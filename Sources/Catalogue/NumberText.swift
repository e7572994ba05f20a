/// Zero-padded decimal: `pad(7, 2)` is `07`. Written without Foundation's formatters (no locale), so
/// every machine writes the same; the one padding helper of every module.
package func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}

extension Int {
    /// 1900 → `1,900`.
    var grouped: String {
        let digits = String(magnitude)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return (self < 0 ? "-" : "") + text
    }
}
