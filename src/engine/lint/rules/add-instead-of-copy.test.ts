import { describeRule } from '../testing/rule-table.ts';
import { addInsteadOfCopy } from './add-instead-of-copy.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(addInsteadOfCopy, {
  valid: [
    'ADD file.tar /usr/src/app/\n',
    'ADD file.gz /usr/src/app/\n',
    'ADD file.bz2 /usr/src/app/\n',
    'ADD file.xz /usr/src/app/\n',
    'ADD file.tgz /usr/src/app/\n',
    'ADD http://file.com /usr/src/app/\n',
    'ADD "file.tgz" /usr/src/app/\n',
    'ADD "http://file.com" /usr/src/app/\n',
  ],
  invalid: [
    { dockerfile: 'ADD file /usr/src/app/\n', expect: [['DL3020', 1]] },
    { dockerfile: 'ADD file.zip /usr/src/app/\n', expect: [['DL3020', 1]] },
    { dockerfile: 'ADD "file.zip" /usr/src/app/\n', expect: [['DL3020', 1]] },
  ],
  fixes: [
    { dockerfile: 'FROM nginx:1.27\nadd index.html /usr/share/nginx/html/\n', fixed: 'FROM nginx:1.27\ncopy index.html /usr/share/nginx/html/\n' },
  ],
});
