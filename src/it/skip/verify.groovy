// Skipped before reading anything: the descriptor does not even exist.
assert new File(basedir, 'build.log').text.contains('sam-http: skipped (samhttp.skip is true)')
assert !new File(basedir, 'target/sam').exists()
