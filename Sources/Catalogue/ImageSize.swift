import Foundation

/// A picture's width and height in pixels, read from its header (PNG IHDR, JPEG SOFn, GIF logical
/// screen, WebP VP8/VP8L/VP8X, SVG width and height or viewBox), so pages can reserve its space.
public struct ImageSize: Sendable, Equatable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The size written in `data`, a file of `format`; nil when the header does not say.
    public static func read(_ data: Data, format: MediaFormat) -> ImageSize? {
        let bytes = [UInt8](data.prefix(format == .jpeg ? data.count : 4096))
        let size: ImageSize?
        switch format {
        case .png: size = png(bytes)
        case .gif: size = bytes.count >= 10 ? ImageSize(width: le16(bytes, 6), height: le16(bytes, 8)) : nil
        case .jpeg: size = jpeg(bytes)
        case .webp: size = webp(bytes)
        case .svg: size = svg(String(decoding: bytes, as: UTF8.self))
        default: size = nil
        }
        return size.flatMap { $0.width > 0 && $0.height > 0 ? $0 : nil }
    }

    private static func be16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) << 8 | Int(b[i + 1]) }
    private static func le16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
    private static func le24(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 | Int(b[i + 2]) << 16 }

    private static func png(_ b: [UInt8]) -> ImageSize? {
        guard b.count >= 24, b[12...15].elementsEqual("IHDR".utf8) else { return nil }
        return ImageSize(width: be16(b, 16) << 16 | be16(b, 18), height: be16(b, 20) << 16 | be16(b, 22))
    }

    /// Walks the JPEG's segments to the first start-of-frame (SOF0–SOF15, not DHT, JPG or DAC). A
    /// photo taken with the phone upright is stored on its side with an EXIF Orientation of 5 to 8,
    /// which browsers obey: its width and height are then swapped, as the page shows it.
    private static func jpeg(_ b: [UInt8]) -> ImageSize? {
        var i = 2
        var turned = false
        while i + 3 < b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }
            if marker == 0x01 || (0xD0...0xD9).contains(marker) { i += 2; continue }
            let length = be16(b, i + 2)
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard i + 8 < b.count else { return nil }
                let stored = ImageSize(width: be16(b, i + 7), height: be16(b, i + 5))
                return turned ? ImageSize(width: stored.height, height: stored.width) : stored
            }
            guard length >= 2 else { return nil }
            if marker == 0xE1, i + 2 + length <= b.count, let orientation = exifOrientation(Array(b[(i + 4)..<(i + 2 + length)])) {
                turned = (5...8).contains(orientation)
            }
            i += 2 + length
        }
        return nil
    }

    /// The Orientation tag (0x0112) of IFD0 in an APP1 segment's bytes (`Exif\0\0` then a TIFF
    /// header, either byte order); nil when the segment is not EXIF or has no such tag.
    static func exifOrientation(_ segment: [UInt8]) -> Int? {
        guard segment.count >= 14, segment.starts(with: Array("Exif".utf8) + [0, 0]) else { return nil }
        let tiff = Array(segment.dropFirst(6))
        let little: Bool
        switch (tiff[0], tiff[1]) {
        case (0x49, 0x49): little = true
        case (0x4D, 0x4D): little = false
        default: return nil
        }
        func u16(_ at: Int) -> Int? { at + 2 <= tiff.count ? (little ? le16(tiff, at) : be16(tiff, at)) : nil }
        func u32(_ at: Int) -> Int? {
            guard let low = u16(little ? at : at + 2), let high = u16(little ? at + 2 : at) else { return nil }
            return high << 16 | low
        }
        guard u16(2) == 42, let ifd = u32(4), let count = u16(ifd) else { return nil }
        for entry in 0..<min(count, 512) {
            let at = ifd + 2 + entry * 12
            guard let tag = u16(at) else { return nil }
            if tag == 0x0112 { return u16(at + 8) }
        }
        return nil
    }

    private static func webp(_ b: [UInt8]) -> ImageSize? {
        guard b.count >= 30 else { return nil }
        switch String(decoding: b[12..<16], as: UTF8.self) {
        case "VP8 ":
            guard b[23] == 0x9D, b[24] == 0x01, b[25] == 0x2A else { return nil }
            return ImageSize(width: le16(b, 26) & 0x3FFF, height: le16(b, 28) & 0x3FFF)
        case "VP8L":
            guard b[20] == 0x2F else { return nil }
            let bits = Int(b[21]) | Int(b[22]) << 8 | Int(b[23]) << 16 | Int(b[24]) << 24
            return ImageSize(width: (bits & 0x3FFF) + 1, height: ((bits >> 14) & 0x3FFF) + 1)
        case "VP8X":
            return ImageSize(width: le24(b, 24) + 1, height: le24(b, 27) + 1)
        default:
            return nil
        }
    }

    /// The root `<svg>`'s `width` and `height` (plain numbers or `px`), else its `viewBox`'s.
    static func svg(_ text: String) -> ImageSize? {
        guard let open = text.range(of: "<svg"), let end = text[open.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = text[open.upperBound..<end]
        func attribute(_ name: String) -> String? {
            for quote in ["\"", "'"] {
                if let start = tag.range(of: " \(name)=\(quote)") ?? tag.range(of: "\n\(name)=\(quote)"),
                   let close = tag[start.upperBound...].firstIndex(of: Character(quote)) {
                    return String(tag[start.upperBound..<close]).trimmingCharacters(in: .whitespaces)
                }
            }
            return nil
        }
        func pixels(_ value: String?) -> Int? {
            guard var value else { return nil }
            if value.hasSuffix("px") { value.removeLast(2) }
            return Double(value).map { Int($0.rounded()) }
        }
        if let width = pixels(attribute("width")), let height = pixels(attribute("height")) {
            return ImageSize(width: width, height: height)
        }
        let box = (attribute("viewBox") ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        guard box.count == 4 else { return nil }
        return ImageSize(width: Int(box[2].rounded()), height: Int(box[3].rounded()))
    }
}
