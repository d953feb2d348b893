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
