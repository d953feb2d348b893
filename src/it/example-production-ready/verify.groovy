// Every production key at once: the project generates, passes the CI validators (check-generated.groovy and
// .ci/validate-generated), and both routes run through sam-http:invoke, which names what only a deployment does.
def received = evaluate(new File(basedir, '../../../src/it/lib/stop-mock.groovy'))
evaluate(new File(basedir, '../../../src/it/lib/check-generated.groovy'))
def out = new File(basedir, 'generated')
def template = new File(out, 'template.yaml').text
assert (template =~ /Type: AWS::CloudWatch::Alarm/).count == 3 * 2 + 2
assert template.contains('Type: AWS::SNS::Topic') && template.contains('Endpoint: oncall@example.com')
assert template.contains('Type: AWS::CloudWatch::Dashboard')
assert template.contains('Type: AWS::WAFv2::WebACLAssociation')
assert template.contains('DomainName: payments.example.com') && template.contains('HostedZoneId: Z0123456789ABCDEFGHIJ')
assert template.contains('AccessLogSetting:') && template.contains('RetentionInDays: 90')
assert template.contains('ThrottlingRateLimit: 50') && template.contains('RateLimit: 50')
assert template.contains('KmsKeyIdentifier: arn:aws:kms:eu-west-1:123456789012:alias/payments-connections')
assert template.contains('Sid: DecryptConnectionSecret')
assert template.contains('ResourceConfigurationArn: arn:aws:vpc-lattice:eu-west-1:123456789012:resourceconfiguration/rcfg-0123456789abcdef0')

def log = new File(basedir, 'build.log').text
assert log.contains("field 'connections.stripe.kmsKey': EventBridge uses this key") : 'the key policy warning'
assert log.contains('deployed only, not run here: 8 CloudWatch alarms')
assert log.contains('the custom domain payments.example.com')
// The preflight: API Gateway answers it (a mock), with the route's method and headers, for the shop's origin.
assert log.contains('answered 204 by a mock integration (no execution)')
assert log.contains('[INFO] sam-http: HTTP 204')
assert (log =~ /\[INFO\] Access-Control-Allow-Origin: https:\/\/shop.example.com/).count == 2 : 'the preflight and the call'
assert log.contains('[INFO] Access-Control-Allow-Methods: POST')
assert log.contains('[INFO] Access-Control-Allow-Headers: Content-Type,X-Api-Key,Idempotency-Key')
assert log.contains('[INFO] Access-Control-Max-Age: 3600')
assert (log =~ /\[INFO\] Vary: Origin/).count == 3 : 'every answer varies by Origin, also one to a request without it'
def api = new File(out, 'api.yaml').text
assert api.contains('type: mock') && api.contains('DEFAULT_4XX')
assert api.contains("gatewayresponse.header.Access-Control-Allow-Origin: '''https://shop.example.com'''")
assert !api.contains('method.request.header.Origin') : 'a gateway response never echoes the caller'
assert log.contains('[INFO] sam-http: HTTP 200')
assert log.contains('"pi_42"') && log.contains('"paid"')
assert !log.contains('sk_test_prodready') && !log.contains('orders-key-42') : 'a secret was printed'

assert received.size() == 2
assert received[0].method == 'POST' && received[0].path == '/v1/payment_intents'
assert received[0].headers['idempotency-key'] == 'order-42'
assert received[0].body == 'amount=2000&currency=usd&payment_method_types%5B0%5D=card'
assert received[1].method == 'GET' && received[1].path == '/v2/orders/42'
assert received[1].headers['x-api-key'] == 'orders-key-42'
true
