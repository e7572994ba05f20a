import Foundation

/// The small script that makes an open page reload itself after a rebuild, added to HTML only as
/// it is served (never to a built file), as a `<script src>` of the preview's own.
///
/// It listens to the server's event stream (`/__prospectus/events`, Server-Sent Events), which sends
/// the generation number on connecting and after every rebuild; a number other than the page's own
/// reloads the page. The browser reconnects by itself when the server restarts; a stream refused
/// (503, when as many are open as the preview allows) ends it, so the script opens it again later.
enum LiveReload {
    static let eventsPath = "/__prospectus/events"
    static let statusPath = "/__prospectus/status"
    /// The marker attribute the tests (and anyone curious) can look for.
    static let marker = "data-prospectus-live-reload"

    /// The script's own address: a file, not inline, so pages work under the Content-Security-Policy.
    static let scriptPath = "/__prospectus/live-reload.js"
    /// The error panel's style sheet (the panel has no inline styles, for the same reason).
    static let stylePath = "/__prospectus/preview.css"

    /// The tag added to each page: the page's generation travels in an attribute the script reads.
    static func script(generation: Int) -> String {
        "<script src=\"\(scriptPath)\" \(marker) data-generation=\"\(generation)\"></script>"
    }

    static let javaScript = """
        (function () {
          var script = document.currentScript;
          var generation = Number(script && script.getAttribute("data-generation"));
          if (!window.EventSource) return;
          function connect() {
            var source = new EventSource("\(eventsPath)");
            source.addEventListener("generation", function (event) {
              if (Number(event.data) !== generation) { source.close(); location.reload(); }
            });
            source.addEventListener("error", function () {
              if (source.readyState === EventSource.CLOSED) setTimeout(connect, 5000 + Math.random() * 5000);
            });
          }
          connect();
        })();

        """

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
