evaluate(new File(basedir, '../../../src/it/lib/start-mock.groovy'))
