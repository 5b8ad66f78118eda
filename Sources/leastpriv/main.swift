print("leastpriv")
