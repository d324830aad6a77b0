#!/usr/bin/env python3
"""http_server.py: a local HTTP server for the URL tests (loopback only, bounded).

Listens on 127.0.0.1 on an ephemeral port, prints "PORT <n>" on stdout, and
serves fixed routes until killed, or for at most --lifetime seconds (default
60). Routes:
  /ok          200 text/html article          /plain      200 text/plain
  /redir/N     302 chain of N hops to /ok     /loop       302 to itself
  /missing     404                            /pdf        200 application/pdf
  /big?n=B     200 text/html, B bytes, with Content-Length
  /stream?n=B  200 text/html, B bytes, no Content-Length (connection close)
  /slow?s=S    sleeps S seconds before answering
  /gzip        200 text/html, gzip Content-Encoding
  /latin1      200 text/html; charset=iso-8859-1, Latin-1 bytes
  /ftp         302 to an ftp:// URL
  /ua          200 text/plain echoing the User-Agent
"""
import gzip
import http.server
import sys
import threading
import time
import urllib.parse

ARTICLE = (b"<!doctype html><html><head><title>Harbour Bells | Test Gazette</title></head>"
           b"<body><nav><a href='/'>Home</a> <a href='/x'>World</a></nav>"
           b"<article><h1>Harbour Bells</h1>"
           b"<p>The harbour bells rang at dawn on Tuesday, and the fishing fleet left early, "
           b"as it has done every spring for a century.</p>"
           b"<p>\"We go when the bells say so,\" said Mara Quill, who has captained a trawler "
           b"for thirty years.</p></article><footer>Contact us</footer></body></html>")

LATIN1 = ("<html><head><meta charset='iso-8859-1'><title>Caf\u00e9</title></head><body>"
          "<article><p>The caf\u00e9 on the corner served cr\u00e8me br\u00fbl\u00e9e to every "
          "guest who came in from the rain that evening, na\u00efvely hoping for sun.</p>"
          "</article></body></html>").encode("latin-1")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, *args):
        pass

    def send(self, code, ctype, body, length=True, extra=()):
        self.send_response(code)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in extra:
            self.send_header(k, v)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def redirect(self, where):
        self.send(302, "text/html", b"moved", extra=[("Location", where)])

    def do_GET(self):
        u = urllib.parse.urlparse(self.path)
        q = urllib.parse.parse_qs(u.query)
        p = u.path
        if p == "/ok":
            self.send(200, "text/html; charset=utf-8", ARTICLE)
        elif p == "/plain":
            self.send(200, "text/plain; charset=utf-8",
                      b"The lighthouse keeper counted the ships.\n\nThere were nine of them.\n")
        elif p.startswith("/redir/"):
            n = int(p.rsplit("/", 1)[1])
            self.redirect("/ok" if n <= 0 else f"/redir/{n - 1}")
        elif p == "/loop":
            self.redirect("/loop")
        elif p == "/missing":
            self.send(404, "text/html", b"<html><body>Not here</body></html>")
        elif p == "/pdf":
            self.send(200, "application/pdf", b"%PDF-1.4\n%...\n")
        elif p in ("/big", "/stream"):
            n = int(q.get("n", ["1000"])[0])
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            if p == "/big":
                self.send_header("Content-Length", str(n))
            self.end_headers()
            chunk = b"<p>" + b"x" * 65529 + b"</p>\n"
            try:
                while n > 0:
                    self.wfile.write(chunk[:min(n, len(chunk))])
                    n -= len(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif p == "/slow":
            time.sleep(float(q.get("s", ["5"])[0]))
            self.send(200, "text/html", ARTICLE)
        elif p == "/gzip":
            self.send(200, "text/html", gzip.compress(ARTICLE), extra=[("Content-Encoding", "gzip")])
        elif p == "/latin1":
            self.send(200, "text/html; charset=iso-8859-1", LATIN1)
        elif p == "/ftp":
            self.redirect("ftp://127.0.0.1/file.html")
        elif p == "/ua":
            self.send(200, "text/plain", (self.headers.get("User-Agent") or "").encode())
        else:
            self.send(404, "text/plain", b"no such route")


def main():
    life = 60.0
    if "--lifetime" in sys.argv:
        life = float(sys.argv[sys.argv.index("--lifetime") + 1])
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    threading.Timer(life, srv.shutdown).start()
    print(f"PORT {srv.server_address[1]}", flush=True)
    srv.serve_forever()


if __name__ == "__main__":
    main()
