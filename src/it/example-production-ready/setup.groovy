evaluate(new File(basedir, '../../../src/it/lib/start-mock.groovy'))
// Invoker goals are split at commas, so the calls with several headers take them from properties files of their own
// (each with the mock's address too): the browser's preflight, then its charge.
def mock = new File(basedir, 'mock.properties').text
new File(basedir, 'preflight.properties').text = mock + 'samhttp.headers=Origin: https://shop.example.com,' +
        'Access-Control-Request-Method: POST,Access-Control-Request-Headers: idempotency-key\n'
new File(basedir, 'charge.properties').text = mock + 'samhttp.headers=Idempotency-Key: order-42,' +
        'Origin: https://shop.example.com\n'
true
