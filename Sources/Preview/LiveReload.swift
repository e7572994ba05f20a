import Foundation

/// The small script that makes an open page reload itself after a rebuild, added to HTML only as
/// it is served (never to a built file).
///
/// It listens to the server's event stream (`/__prospectus/events`, Server-Sent Events), which sends
/// the generation number on connecting and after every rebuild; a number other than the page's own
/// reloads the page. The browser reconnects by itself when the server restarts.
enum LiveReload {
    static let eventsPath = "/__prospectus/events"
    static let statusPath = "/__prospectus/status"
    /// The marker attribute the tests (and anyone curious) can look for.
    static let marker = "data-prospectus-live-reload"

    static func script(generation: Int) -> String {
        """
        <script \(marker)>(function(){var g=\(generation);if(!window.EventSource)return;\
        var s=new EventSource("\(eventsPath)");\
        s.addEventListener("generation",function(e){if(Number(e.data)!==g){s.close();location.reload();}});})();</script>
        """
    }

    /// The HTML with the overlay (when the latest build failed) after `<body…>` and the script before `</body>`.
    static func inject(into html: Data, generation: Int, overlay: String?) -> Data {
        var text = String(decoding: html, as: UTF8.self)
        let script = self.script(generation: generation)
        if let close = text.range(of: "</body>", options: [.backwards, .caseInsensitive]) {
            text.insert(contentsOf: script, at: close.lowerBound)
        } else {
            text += script
        }
        if let overlay {
            if let body = text.range(of: "<body", options: .caseInsensitive),
               let end = text[body.upperBound...].firstIndex(of: ">") {
                text.insert(contentsOf: overlay, at: text.index(after: end))
            } else {
                text = overlay + text
            }
        }
        return Data(text.utf8)
    }
}
