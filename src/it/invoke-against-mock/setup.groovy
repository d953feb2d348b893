// A stand-in for Twilio on 127.0.0.1: records each request in received.txt and answers 201 with a message.
import com.sun.net.httpserver.HttpServer

def log = new File(basedir, 'received.txt')
def server = null
// Started from a daemon thread so that its dispatcher thread is a daemon too and never keeps Maven alive;
// verify.groovy stops it through /__stop.
def starter = new Thread({
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
    server.createContext('/__stop') { exchange ->
        exchange.sendResponseHeaders(204, -1)
        exchange.close()
        Thread.start { server.stop(0) }
    }
    server.createContext('/') { exchange ->
        log << "${exchange.requestMethod} ${exchange.requestURI}\n"
        log << "Authorization: ${exchange.requestHeaders.getFirst('Authorization')}\n"
        log << "Content-Type: ${exchange.requestHeaders.getFirst('Content-Type')}\n"
        log << exchange.requestBody.getText('UTF-8') << '\n'
        byte[] answer = '{"sid": "SM42", "status": "queued"}'.getBytes('UTF-8')
        exchange.responseHeaders.add('Content-Type', 'application/json')
        exchange.sendResponseHeaders(201, answer.length)
        exchange.responseBody.withStream { it.write(answer) }
    }
    server.start()
})
starter.daemon = true
starter.start()
starter.join()
new File(basedir, 'mock.properties').text = "samhttp.endpointOverride=http://127.0.0.1:${server.address.port}\n"
true
