// Stripe: Basic auth with the secret key as user name, a form body with bracketed arrays, the idempotency key.
def received = evaluate(new File(basedir, '../../../src/it/lib/stop-mock.groovy'))
evaluate(new File(basedir, '../../../src/it/lib/check-generated.groovy'))
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] sam-http: HTTP 200')
assert log.contains('[INFO] {"id":"pi_42","object":"payment_intent","status":"requires_payment_method"}')
assert !log.contains('sk_test_it') : 'a secret was printed'
assert log.contains('[INFO] sam-http: HTTP 400')
assert log.contains('[INFO] {"error": "BadRequestBody", "cause": "The request body does not match the API\'s request schema."}')
assert new File(basedir, 'generated/template.yaml').text
        .contains('Username: "{{resolve:secretsmanager:stripe/api:SecretString:secret_key}}"')

assert received.size() == 1 : 'the bad body reached the third party'
def call = received[0]
assert call.method == 'POST' && call.path == '/v1/payment_intents'
assert call.headers.authorization == 'Basic ' + 'sk_test_it:unused'.bytes.encodeBase64().toString()
assert call.headers['content-type'] == 'application/x-www-form-urlencoded'
assert call.headers['idempotency-key'] == 'order-1001'
assert call.body == 'amount=2000&currency=usd&payment_method_types%5B%5D=card&metadata%5Border%5D=1001'
true
