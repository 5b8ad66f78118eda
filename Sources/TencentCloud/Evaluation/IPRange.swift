/// An IPv4 address or CIDR block from an `ip_equal` condition (`10.0.0.0/8`, `192.0.2.1`).
///
/// IPv6 values are compared as exact text: a request address matches an IPv6 policy value only
/// when written the same.
struct IPRange: Sendable, Hashable {
    let written: String
    let network: UInt32?
    let prefixLength: Int

    init?(_ text: String) {
        written = text
        let parts = text.split(separator: "/", maxSplits: 1).map(String.init)
        guard let first = parts.first else { return nil }
        if let address = IPRange.ipv4(first) {
            let length = parts.count == 2 ? Int(parts[1]) : 32
            guard let length, (0...32).contains(length) else { return nil }
            network = address
            prefixLength = length
        } else if first.contains(":") {
            network = nil
            prefixLength = 128
        } else {
            return nil
        }
    }

    func contains(_ address: String) -> Bool {
        guard let network else { return address == written }
        guard let value = IPRange.ipv4(address) else { return false }
        if prefixLength == 0 { return true }
        let mask: UInt32 = prefixLength == 32 ? .max : ~(UInt32.max >> UInt32(prefixLength))
        return value & mask == network & mask
    }

    static func ipv4(_ text: String) -> UInt32? {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return nil }
        var value: UInt32 = 0
        for octet in octets {
            guard !octet.isEmpty, octet.count <= 3, octet.allSatisfy(\.isASCII), let number = UInt32(octet), number <= 255 else { return nil }
            value = value << 8 | number
        }
        return value
    }
}
