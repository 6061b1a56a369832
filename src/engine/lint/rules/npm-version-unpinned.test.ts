import { describeRule } from '../testing/rule-table.ts';
import { npmVersionUnpinned } from './npm-version-unpinned.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(npmVersionUnpinned, {
  valid: [
    'RUN npm install\n',
    'RUN npm install --progress=false\n',
    'RUN npm install express@4.1.1\n',
    'RUN npm install @myorg/privatepackage@">=0.1.0"\n',
    'RUN npm install express@"4.1.1" sax@0.1.1\n',
    'RUN npm install --global express@"4.1.1"\n',
    'RUN npm install -g express@"4.1.1"\n',
    'RUN npm install package-v1.2.3.tar\n',
    'RUN npm install package-v1.2.3.tar.gz\n',
    'RUN npm install package-v1.2.3.tgz\n',
    'RUN npm install /folder\n',
    'RUN npm install ./folder\n',
    'RUN npm install ../folder\n',
    'RUN npm install ~/folder\n',
    'RUN npm install git+ssh://git@github.com:npm/npm.git#v1.0.27\n',
    'RUN npm install git+http://isaacs@github.com/npm/npm#semver:^5.0\n',
    'RUN npm install git+https://isaacs@github.com/npm/npm.git#v1.0.27\n',
    'RUN npm install git://github.com/npm/npm.git#v1.0.27\n',
    'RUN npm run --crazy install\n',
    'RUN npm install @myorg/privatepackage@">=0.1.0 <0.2.0"\n',
    'RUN npm install --loglevel verbose sax@0.1.1\n',
    'RUN npm install --registry https://example.com sax@0.1.1\n',
  ],
  invalid: [
    { dockerfile: 'RUN npm install express\n', expect: [['DL3016', 1]] },
    { dockerfile: 'RUN npm install @myorg/privatepackage\n', expect: [['DL3016', 1]] },
    { dockerfile: 'RUN npm install express sax@0.1.1\n', expect: [['DL3016', 1]] },
    { dockerfile: 'RUN npm install --global express\n', expect: [['DL3016', 1]] },
    { dockerfile: 'RUN npm install git+ssh://git@github.com:npm/npm.git\n', expect: [['DL3016', 1]] },
    { dockerfile: 'RUN npm install git+http://isaacs@github.com/npm/npm\n', expect: [['DL3016', 1]] },
    { dockerfile: 'RUN npm install git+https://isaacs@github.com/npm/npm.git\n', expect: [['DL3016', 1]] },
    { dockerfile: 'RUN npm install git://github.com/npm/npm.git\n', expect: [['DL3016', 1]] },
    { dockerfile: 'RUN npm install --registry https://example.com express\n', expect: [['DL3016', 1]] },
    { dockerfile: 'RUN npm install --registry=https://example.com express\n', expect: [['DL3016', 1]] },
  ],
});
