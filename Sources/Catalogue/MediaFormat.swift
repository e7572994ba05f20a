import Foundation

/// The kinds of file a course or page may show or link to: pictures (PNG, JPEG, WebP, GIF, SVG) and
/// documents (PDF, Word, PowerPoint, Excel), each known by its file name's extension and checked
/// against its first bytes.
public enum MediaFormat: String, CaseIterable, Sendable {
    case png, jpeg, webp, gif, svg, pdf, docx, doc, pptx, ppt, xlsx, xls

    /// The format a file name's extension names (any case), nil for any other.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
        let fileExtension = fileName[fileName.index(after: dot)...].lowercased()
        if fileExtension == "jpg" { self = .jpeg; return }
        self.init(rawValue: fileExtension)
    }

    public var isImage: Bool {
        switch self {
        case .png, .jpeg, .webp, .gif, .svg: true
        default: false
        }
    }

    /// The extension a published file gets (`jpg` for every JPEG).
    public var publishedExtension: String { self == .jpeg ? "jpg" : rawValue }

    /// The family a reader knows the document by, the key of its name in the theme's words
    /// (`files.pdf`, `files.word`, `files.powerpoint`, `files.excel`); nil for a picture.
    public var documentKind: String? {
        switch self {
        case .pdf: "pdf"
        case .doc, .docx: "word"
        case .ppt, .pptx: "powerpoint"
        case .xls, .xlsx: "excel"
        default: nil
        }
    }

    /// A size as readers are told it: whole kilobytes under 1 MB (`240`, at least 1), else
    /// megabytes to one decimal (`7.2`); `megabytes` says which. Decimal units, as file managers show.
    public static func approximateSize(_ bytes: Int) -> (number: String, megabytes: Bool) {
        if bytes < 999_500 { return (String(max(1, (bytes + 500) / 1000)), false) }
        let tenths = (bytes + 50_000) / 100_000
        return ("\(tenths / 10).\(tenths % 10)", true)
    }

    /// How editors name the format in messages.
    var name: String {
        switch self {
        case .png: "PNG picture"
        case .jpeg: "JPEG picture"
        case .webp: "WebP picture"
        case .gif: "GIF picture"
        case .svg: "SVG picture"
        case .pdf: "PDF document"
        case .docx, .doc: "Word document"
        case .pptx, .ppt: "PowerPoint presentation"
        case .xlsx, .xls: "Excel spreadsheet"
        }
    }

    /// The allowed pictures, as a message lists them.
    static let imageList = "PNG, JPEG, WebP, GIF or SVG"
    /// The allowed documents, as a message lists them.
    static let documentList = "PDF, Word (.docx, .doc), PowerPoint (.pptx, .ppt) or Excel (.xlsx, .xls)"

    /// Whether `data` starts as a file of this format does.
    public func matches(_ data: Data) -> Bool {
        func starts(_ bytes: [UInt8], at offset: Int = 0) -> Bool {
            data.count >= offset + bytes.count && data.dropFirst(offset).starts(with: bytes)
        }
        switch self {
        case .png: return starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case .jpeg: return starts([0xFF, 0xD8, 0xFF])
        case .gif: return starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8))
        case .webp: return starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8)
        case .svg: return String(decoding: data.prefix(4096), as: UTF8.self).contains("<svg")
        case .pdf: return starts(Array("%PDF-".utf8))
        case .docx, .pptx, .xlsx: return starts([0x50, 0x4B, 0x03, 0x04])
        case .doc, .ppt, .xls: return starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        }
    }
}

/// A short content hash for published names: FNV-1a over the bytes, its first 10 hex digits. The
/// same bytes always give the same name, so a changed file gets a new address browsers fetch again.
public enum ContentHash {
    public static func hex(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { bytes in
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
        }
        return String(String(hash, radix: 16).prefix(10))
    }
}
