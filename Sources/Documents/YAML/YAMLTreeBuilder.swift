import CYAML

/// Builds node trees from libyaml events: a stack of open collections whose children wait on
/// one shared stack (a mapping's as key, value, key, value) and are moved out as one exact array
/// when the collection closes, the anchors of the current document, and the alias-expansion
/// budget.
struct YAMLTreeBuilder {
    let file: String
    let limits: DocumentLimits
    /// One root per finished document.
    private(set) var roots: [Node] = []

    /// An open sequence or mapping.
    private struct Frame {
        let isMapping: Bool
        let location: SourceLocation
        let tag: String?
        let anchor: String?
        /// Where this collection's children start on `children`.
        let start: Int
        /// Nodes in this collection's subtree, itself included (what an alias of it adds).
        var size = 1
    }

    private var frames: [Frame] = []
    /// The children of every open collection, innermost last.
    private let children = ElementStack<Node>()
    /// Shares repeated scalar texts.
    private var interner = StringInterner()
    /// The anchored nodes of the current document with their subtree sizes.
    private var anchors: [String: (node: Node, size: Int)] = [:]
    /// Nodes added by alias expansions so far in the stream.
    private var expandedNodes = 0
    private var documentCount = 0

    init(file: String, limits: DocumentLimits) {
        self.file = file
        self.limits = limits
        frames.reserveCapacity(32)
    }

    /// libyaml's 0-based mark as a 1-based location.
    static func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(line: mark.line + 1, column: mark.column + 1)
    }

    /// Takes one event: opens or closes a collection, adds a scalar or an alias's copy, or
    /// starts a document.
    mutating func handle(_ event: yaml_event_t) throws(InputError) {
        let location = Self.location(event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documentCount += 1
            guard documentCount <= limits.maximumDocuments else {
                throw DocumentLimitError.documents(limits.maximumDocuments, file: file, at: location)
            }
            anchors.removeAll(keepingCapacity: true)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
            let tag = scalar.tag.map { String(cString: $0) }
            let node = try scalarNode(text, tag: tag, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE, at: location)
            if let anchor = scalar.anchor {
                anchors[String(cString: anchor)] = (node, 1)
            }
            attach(node, size: 1)
        case YAML_ALIAS_EVENT:
            let name = String(cString: event.data.alias.anchor)
            guard let anchored = anchors[name] else {
                throw InputError(
                    code: "input.yaml.alias", message: "alias `*\(name)` names no anchor defined before it",
                    location: FileLocation(file: file, position: location))
            }
            expandedNodes += anchored.size
            guard expandedNodes <= limits.maximumAliasExpansion else {
                throw DocumentLimitError.aliasExpansion(limits.maximumAliasExpansion, alias: name, file: file, at: location)
            }
            attach(anchored.node, size: anchored.size)
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            try open(isMapping: false, tag: start.tag, anchor: start.anchor, at: location)
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            try open(isMapping: true, tag: start.tag, anchor: start.anchor, at: location)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let frame = frames.removeLast()
            let node = Node(
                frame.isMapping
                    ? .mapping(children.popPairs(from: frame.start) { MappingEntry(key: $0, value: $1) })
                    : .sequence(children.popArray(from: frame.start)),
                at: frame.location, tag: frame.tag)
            if let anchor = frame.anchor {
                anchors[anchor] = (node, frame.size)  // registered when complete: no alias can reach inside itself
            }
            attach(node, size: frame.size)
        default:
            break
        }
    }

    /// Opens a collection, checking the depth limit and its tag.
    private mutating func open(isMapping: Bool, tag rawTag: UnsafeMutablePointer<yaml_char_t>?, anchor: UnsafeMutablePointer<yaml_char_t>?, at location: SourceLocation) throws(InputError) {
        guard frames.count < limits.maximumDepth else {
            throw DocumentLimitError.depth(limits.maximumDepth, file: file, at: location)
        }
        var tag: String?
        if let rawTag {
            let text = String(cString: rawTag)
            switch YAMLTag(text) {
            case .sequence where !isMapping, .mapping where isMapping, .nonSpecific:
                tag = nil
            case .custom(let name):
                tag = name
            default:
                throw InputError(
                    code: "input.yaml.tag",
                    message: "tag `\(YAMLTag.displayName(text))` does not apply to a \(isMapping ? "mapping" : "sequence")",
                    location: FileLocation(file: file, position: location))
            }
        }
        frames.append(Frame(
            isMapping: isMapping, location: location, tag: tag, anchor: anchor.map { String(cString: $0) },
            start: children.count))
    }

    /// Adds a finished node to the open collection, or makes it the document's root.
    private mutating func attach(_ node: consuming Node, size: Int) {
        guard let top = frames.indices.last else {
            roots.append(node)
            return
        }
        frames[top].size += size
        children.append(consume node)
    }

    /// A scalar's node: resolved by the core schema when plain and untagged, by its core tag,
    /// or read as untagged with a custom tag kept.
    private mutating func scalarNode(_ text: UnsafeBufferPointer<UInt8>, tag: String?, isPlain: Bool, at location: SourceLocation) throws(InputError) -> Node {
        guard let tag else {
            return Node(try untagged(text, isPlain: isPlain, at: location), at: location)
        }
        let resolved: Value?
        switch YAMLTag(tag) {
        case .nonSpecific, .string:
            return Node(.string(interner.string(text)), at: location)
        case .custom(let name):
            return Node(try untagged(text, isPlain: isPlain, at: location), at: location, tag: name)
        case .null:
            resolved = YAMLCoreSchema.null(text)
        case .bool:
            resolved = YAMLCoreSchema.bool(text)
        case .int:
            switch YAMLCoreSchema.integer(text) {
            case .some(.some(let value)): resolved = .int(value)
            case .some(.none): throw outOfRange(text, at: location)
            case .none: resolved = nil
            }
        case .float:
            switch YAMLCoreSchema.number(text) {
            case .value(.int(let value)): resolved = .double(Double(value))
            case .value(let value): resolved = value
            case .outOfRange: throw outOfRange(text, at: location)
            case .string: resolved = nil
            }
        case .sequence, .mapping:
            resolved = nil
        }
        guard let resolved else {
            throw InputError(
                code: "input.yaml.tag",
                message: "`\(String(decoding: text, as: UTF8.self))` is not a valid `\(YAMLTag.displayName(tag))` value",
                location: FileLocation(file: file, position: location))
        }
        return Node(resolved, at: location)
    }

    /// A scalar read without a tag: the core schema for plain scalars, a string otherwise.
    private mutating func untagged(_ text: UnsafeBufferPointer<UInt8>, isPlain: Bool, at location: SourceLocation) throws(InputError) -> Value {
        guard isPlain else { return .string(interner.string(text)) }
        switch YAMLCoreSchema.resolvePlain(text) {
        case .string: return .string(interner.string(text))
        case .value(let value): return value
        case .outOfRange: throw outOfRange(text, at: location)
        }
    }

    private func outOfRange(_ text: UnsafeBufferPointer<UInt8>, at location: SourceLocation) -> InputError {
        InputError(
            code: "input.yaml.number-range",
            message: "number `\(String(decoding: text, as: UTF8.self))` does not fit in 64 bits; quote it to read it as a string",
            location: FileLocation(file: file, position: location))
    }
}

/// An explicit YAML tag as libyaml reports it (`tag:yaml.org,2002:str` for `!!str`).
enum YAMLTag: Equatable {
    case nonSpecific, string, int, bool, float, null, sequence, mapping
    /// Any other tag, as it would be written (`!Ref`, `!!binary`).
    case custom(String)

    static let corePrefix = "tag:yaml.org,2002:"

    init(_ tag: String) {
        guard tag != "!" else {
            self = .nonSpecific
            return
        }
        guard tag.hasPrefix(Self.corePrefix) else {
            self = .custom(tag)
            return
        }
        switch tag.dropFirst(Self.corePrefix.count) {
        case "str": self = .string
        case "int": self = .int
        case "bool": self = .bool
        case "float": self = .float
        case "null": self = .null
        case "seq": self = .sequence
        case "map": self = .mapping
        default: self = .custom(Self.displayName(tag))
        }
    }

    /// The tag as written: `!!binary` for core-prefixed tags, the tag itself otherwise.
    static func displayName(_ tag: String) -> String {
        tag.hasPrefix(corePrefix) ? "!!" + tag.dropFirst(corePrefix.count) : tag
    }
}
