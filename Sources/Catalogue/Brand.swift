import Foundation

/// The trust's look: one brand colour (checked for contrast) and an optional logo from Content/.
public struct Brand: Sendable {
    /// Used behind white text in the header and for accents; always passes WCAG AA against white.
    public var colour: RGBColour?
    public var logo: Logo?

    public init(colour: RGBColour?, logo: Logo?) {
        self.colour = colour
        self.logo = logo
    }
}

/// A logo file read from the content folder: a PNG as it is, an SVG written again by `SVGSanitizer`
/// (drawing elements only, so it holds no script and fetches nothing).
public struct Logo: Sendable {
    /// Where it is in the content folder, as written in site.yml.
    public var path: String
    /// `svg` or `png`.
    public var fileExtension: String
    /// The bytes published: the PNG file's own, or the sanitised SVG.
    public var data: Data
}

/// An sRGB colour with the WCAG 2.2 contrast arithmetic.
public struct RGBColour: Sendable, Hashable, CustomStringConvertible {
    public var red: Int, green: Int, blue: Int

    public init(red: Int, green: Int, blue: Int) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// `#1d4f91` or `#14a`.
    public init?(hex text: String) {
        var digits = text.trimmingCharacters(in: .whitespaces)
        guard digits.hasPrefix("#") else { return nil }
        digits.removeFirst()
        if digits.count == 3 { digits = digits.map { "\($0)\($0)" }.joined() }
        guard digits.count == 6, let value = Int(digits, radix: 16) else { return nil }
        self.init(red: (value >> 16) & 0xFF, green: (value >> 8) & 0xFF, blue: value & 0xFF)
    }

    public static let white = RGBColour(red: 255, green: 255, blue: 255)

    /// `#1d4f91`.
    public var description: String {
        "#" + [red, green, blue].map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    /// WCAG relative luminance.
    public var luminance: Double {
        func channel(_ value: Int) -> Double {
            let c = Double(value) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
    }

    /// WCAG contrast ratio with another colour (1 to 21).
    public func contrast(with other: RGBColour) -> Double {
        let (a, b) = (luminance, other.luminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// The colour mixed with black by `fraction` (0 keeps it, 1 is black).
    public func darkened(by fraction: Double) -> RGBColour {
        RGBColour(red: Int((Double(red) * (1 - fraction)).rounded()), green: Int((Double(green) * (1 - fraction)).rounded()),
                  blue: Int((Double(blue) * (1 - fraction)).rounded()))
    }

    /// The lightest darker shade of this colour that reaches `ratio` against white.
    public func nearestPassing(against background: RGBColour = .white, ratio: Double = 4.5) -> RGBColour {
        var step = 0.0
        var candidate = self
        while candidate.contrast(with: background) < ratio, step < 1 {
            step += 0.01
            candidate = darkened(by: step)
        }
        return candidate
    }
}
