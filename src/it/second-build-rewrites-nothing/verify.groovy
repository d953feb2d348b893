def out = new File(basedir, 'target/sam')
evaluate(new File(basedir, '../../../src/it/lib/check-maven.groovy'))
def count = 0
out.eachFileRecurse(groovy.io.FileType.FILES) { assert it.lastModified() == 946684800000L : "$it was rewritten"; count++ }
assert count == 4
def log = new File(basedir, 'build.log').text
assert (log =~ /sam-http: target\/sam is up to date \(4 files, \d+ ms\)/).size() == 2
assert !log.contains('sam-http: wrote')
