// A stand-in third party on 127.0.0.1 for the example ITs, shared by their setup.groovy:
//   evaluate(new File(basedir, '../../../src/it/lib/start-mock.groovy'))
// It answers from the IT's mock-answers.json ({"<path prefix>": {"status": 201, "body": {...} or "text"}}, the
// longest matching prefix wins; a body of null answers without one), records every request as one JSON line in
// received.jsonl, and writes samhttp.endpointOverride into mock.properties for the invoker's user properties.
// stop-mock.groovy stops it.
import com.sun.net.httpserver.HttpServer
import groovy.json.JsonOutput
import groovy.json.JsonSlurper

def answers = new JsonSlurper().parse(new File(basedir, 'mock-answers.json'))
def received = new File(basedir, 'received.jsonl')
received.text = ''
def server = null
// Started from a daemon thread so that its dispatcher thread is a daemon too and never keeps Maven alive.
def starter = new Thread({
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
    server.createContext('/__stop') { exchange ->
        exchange.sendResponseHeaders(204, -1)
        exchange.close()
        Thread.start { server.stop(0) }
    }
    server.createContext('/') { exchange ->
        def headers = [:]
        exchange.requestHeaders.each { name, values -> headers[name.toLowerCase()] = values[0] }
        def path = exchange.requestURI.rawPath
        synchronized (received) {
            received << JsonOutput.toJson([method: exchange.requestMethod, path: path,
                    query: exchange.requestURI.rawQuery, headers: headers,
                    body: exchange.requestBody.getText('UTF-8')]) + '\n'
        }
        def key = answers.keySet().findAll { path.startsWith(it) }.max { it.length() }
        def answer = key == null ? [status: 404, body: [message: 'no mock answer for ' + path]] : answers[key]
        if (answer.body == null) {
            exchange.sendResponseHeaders(answer.status as int, -1)
        } else {
            byte[] bytes = (answer.body instanceof String ? answer.body : JsonOutput.toJson(answer.body)).getBytes('UTF-8')
            exchange.responseHeaders.add('Content-Type', answer.body instanceof String ? 'text/plain' : 'application/json')
            exchange.sendResponseHeaders(answer.status as int, bytes.length)
            exchange.responseBody.withStream { it.write(bytes) }
        }
        exchange.close()
    }
    server.start()
})
starter.daemon = true
starter.start()
starter.join()
new File(basedir, 'mock.properties').text = "samhttp.endpointOverride=http://127.0.0.1:${server.address.port}\n"
true
