#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Shares one `String` among repeated scalar texts, so that a large export's thousands of
/// copies of `rbac.authorization.k8s.io` or a policy ARN cost one allocation.
///
/// A direct-mapped cache: the text's hash picks one slot; a slot holding the same bytes is
/// reused, anything else is replaced. Strings of up to 15 UTF-8 bytes are stored inline by Swift
/// and never allocate, so they skip the cache, as do long ones that rarely repeat.
struct StringInterner {
    private var slots: [String?]
    private let mask: Int

    /// A cache of `1 << bits` slots.
    init(bits: Int = 12) {
        slots = Array(repeating: nil, count: 1 << bits)
        mask = (1 << bits) - 1
    }

    /// The string for these UTF-8 bytes (already valid UTF-8 or repaired by Swift).
    @inline(__always)
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.count > 15, bytes.count <= 96 else {
            return String(decoding: bytes, as: UTF8.self)
        }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        let slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        if let cached = slots[slot], cached.utf8.count == bytes.count,
           cached.utf8.withContiguousStorageIfAvailable({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) == true {
            return cached
        }
        let text = String(decoding: bytes, as: UTF8.self)
        slots[slot] = text
        return text
    }
}
