#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension DocumentReader {
    /// The bytes of the file at `path`, checking its size with `stat` before reading any of it.
    ///
    /// A file larger than ``DocumentLimits/maximumFileSize`` is `input.limit.size` (and a file
    /// that grows past the limit while being read is too); a file that cannot be opened or read
    /// is `input.read` with the system's reason (`no such file or directory`, `is a directory`).
    public static func readBytes(path: String, limits: DocumentLimits) throws(InputError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw readError(path: path, errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw readError(path: path, errno) }
        if status.st_mode & S_IFMT == S_IFDIR { throw readError(path: path, EISDIR) }
        let size = Int(status.st_size)
        guard size <= limits.maximumFileSize else {
            throw DocumentLimitError.size(size, limit: limits.maximumFileSize, file: path)
        }
        return try readAll(descriptor, name: path, expectedSize: size, limits: limits)
    }

    /// All of standard input, refusing it (without reading further) once it passes
    /// ``DocumentLimits/maximumFileSize``. Errors name the input `-`.
    public static func readStandardInput(limits: DocumentLimits) throws(InputError) -> [UInt8] {
        try readAll(STDIN_FILENO, name: "-", expectedSize: 0, limits: limits)
    }

    /// Reads until the end in chunks, and stops with `input.limit.size` as soon as more than
    /// the limit has arrived.
    static func readAll(_ descriptor: Int32, name: String, expectedSize: Int, limits: DocumentLimits) throws(InputError) -> [UInt8] {
        let limit = limits.maximumFileSize
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(expectedSize, limit) + 1)
        let chunkSize = 1 << 20
        let chunk = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        defer { chunk.deallocate() }
        while true {
            let count = read(descriptor, chunk, chunkSize)
            if count < 0 {
                if errno == EINTR { continue }
                throw readError(path: name, errno)
            }
            if count == 0 { return bytes }
            guard bytes.count + count <= limit else {
                throw DocumentLimitError.size(nil, limit: limit, file: name)
            }
            bytes.append(contentsOf: UnsafeBufferPointer(start: chunk, count: count))
        }
    }

    /// `cannot read `path`: no such file or directory`.
    private static func readError(path: String, _ code: Int32) -> InputError {
        let reason = String(cString: strerror(code)).lowercased()
        return InputError(code: "input.read", message: "cannot read `\(path)`: \(reason)", location: FileLocation(file: path))
    }
}
