import Foundation

/// Small but real files of each picture and document format, made in memory, for tests of
/// pictures and documents (their headers are what `ImageSize` reads).
public enum TinyFiles {
    /// A PNG signature and IHDR chunk of `width` × `height` (no pixel data: nothing here decodes it).
    public static func png(width: UInt32, height: UInt32) -> Data {
        var data = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]) + Data("IHDR".utf8)
        data += bigEndian(width) + bigEndian(height) + Data([8, 2, 0, 0, 0, 0, 0, 0, 0])
        return data
    }

    /// A JPEG: SOI, an APP0 segment, a DQT-sized padding segment, then SOF2 (progressive) with the size.
    public static func jpeg(width: UInt16, height: UInt16) -> Data {
        var data = Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + Data("JFIF\0".utf8) + Data([1, 1, 0, 0, 1, 0, 1, 0, 0])
        data += Data([0xFF, 0xDB, 0x00, 0x04, 0x00, 0x00])
        data += Data([0xFF, 0xC2, 0x00, 0x11, 0x08]) + bigEndian(height) + bigEndian(width) + Data([3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1])
        return data + Data([0xFF, 0xD9])
    }

    public static func gif(width: UInt16, height: UInt16) -> Data {
        Data("GIF89a".utf8) + littleEndian(width) + littleEndian(height) + Data([0, 0, 0, 0x3B])
    }

    /// A WebP of one of its three kinds: `VP8 ` (lossy), `VP8L` (lossless) or `VP8X` (extended).
    public static func webp(_ kind: String, width: Int, height: Int) -> Data {
        var chunk: Data
        switch kind {
        case "VP8 ":
            chunk = Data([0, 0, 0, 0x9D, 0x01, 0x2A]) + littleEndian(UInt16(width)) + littleEndian(UInt16(height))
        case "VP8L":
            let bits = UInt32(width - 1) | UInt32(height - 1) << 14
            chunk = Data([0x2F]) + littleEndian(UInt16(bits & 0xFFFF)) + littleEndian(UInt16(bits >> 16))
        default:
            chunk = Data([0, 0, 0, 0]) + Data([UInt8((width - 1) & 0xFF), UInt8((width - 1) >> 8 & 0xFF), UInt8((width - 1) >> 16)])
                + Data([UInt8((height - 1) & 0xFF), UInt8((height - 1) >> 8 & 0xFF), UInt8((height - 1) >> 16)])
        }
        chunk += Data(count: 10)
        let body = Data("WEBP".utf8) + Data(kind.utf8) + littleEndian32(UInt32(chunk.count)) + chunk
        return Data("RIFF".utf8) + littleEndian32(UInt32(body.count)) + body
    }

    /// A one-page PDF with a line of text.
    public static let pdf = Data("""
        %PDF-1.4
        1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
        2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
        trailer << /Root 1 0 R >>
        %%EOF

        """.utf8)

    private static func bigEndian(_ value: UInt32) -> Data { Data([UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]) }
    private static func bigEndian(_ value: UInt16) -> Data { Data([UInt8(value >> 8), UInt8(value & 0xFF)]) }
    private static func littleEndian(_ value: UInt16) -> Data { Data([UInt8(value & 0xFF), UInt8(value >> 8)]) }
    private static func littleEndian32(_ value: UInt32) -> Data {
        Data([UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)])
    }
}
