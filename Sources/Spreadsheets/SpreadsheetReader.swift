import Foundation

/// Reads a form's download into a `Sheet`: Google Forms' `.csv` (and Excel's CSV and Unicode-text
/// saves) or Microsoft Forms' `.xlsx`, with no library beyond Foundation's `Data`.
///
/// Every problem (an unknown kind of file, broken text, a damaged or hostile `.xlsx`) is a
/// `SpreadsheetError` in plain words, with the line or row when there is one; nothing traps.
public enum SpreadsheetReader {
    /// Reads the file at `url`, as CSV or XLSX by its extension (in any case).
    public static func read(contentsOf url: URL) throws(SpreadsheetError) -> Sheet {
        try read(try contents(of: url), named: url.lastPathComponent)
    }

    /// The bytes of the file at `url`, or why it cannot be opened.
    public static func contents(of url: URL) throws(SpreadsheetError) -> Data {
        let name = url.lastPathComponent
        do {
            return try Data(contentsOf: url)
        } catch {
            let missing = !FileManager.default.fileExists(atPath: url.path)
            throw SpreadsheetError(message: missing ? "\(name) does not exist." : "\(name) could not be opened: \(error.localizedDescription)")
        }
    }

    /// Reads a file's bytes already in hand, as CSV or XLSX by the extension of its `name`.
    public static func read(_ data: Data, named name: String) throws(SpreadsheetError) -> Sheet {
        let kind = (name as NSString).pathExtension.lowercased()
        guard kind == "csv" || kind == "xlsx" else {
            let hint = kind == "xls"
                ? "an .xls is Excel's old format: open it in Excel and save it as .xlsx or CSV UTF-8"
                : "only .csv and .xlsx downloads can be read"
            throw SpreadsheetError(message: "\(name) cannot be read: \(hint).")
        }
        return kind == "csv" ? try csv(data) : try xlsx(data)
    }

    /// Reads CSV text: RFC 4180 as Google Forms and Excel write it (see `CSVParser`).
    public static func csv(_ data: Data) throws(SpreadsheetError) -> Sheet {
        try CSVParser.sheet(from: [UInt8](data))
    }

    /// Reads the first worksheet of an Excel workbook (Microsoft Forms puts the responses there):
    /// ZIP and DEFLATE (`ZipArchive`, `Inflate`), then the workbook's XML (`XLSXWorkbook`, `XLSXSheet`).
    public static func xlsx(_ data: Data) throws(SpreadsheetError) -> Sheet {
        var zip = try ZipArchive([UInt8](data))
        let workbook = try XLSXWorkbook(&zip)
        guard let sheet = try zip.contents(of: workbook.firstSheetPath) else {
            throw ZipArchive.damaged("no first sheet (\(workbook.firstSheetPath))")
        }
        return try XLSXSheet.read(sheet, workbook: workbook)
    }
}
