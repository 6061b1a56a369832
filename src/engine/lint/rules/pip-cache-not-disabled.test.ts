import { describeRule } from '../testing/rule-table.ts';
import { pipCacheNotDisabled } from './pip-cache-not-disabled.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only), and our own.
describeRule(pipCacheNotDisabled, {
  valid: [
    'RUN pip2 install MySQL_python --no-cache-dir\n',
    'RUN pip3 install --no-cache-dir MySQL_python\n',
    'RUN pip install MySQL_python --no-cache-dir\n',
    'RUN pipx install software\n',
    'RUN pipenv install library\n',
    'ENV PIP_NO_CACHE_DIR=1\nRUN pip install MySQL_python\n',
    'ENV PIP_NO_CACHE_DIR=on\nRUN pip install MySQL_python\n',
    'ENV PIP_NO_CACHE_DIR=yes\nRUN pip install MySQL_python\n',
    'ENV PIP_NO_CACHE_DIR=true\nRUN pip install MySQL_python\n',
    'RUN PIP_NO_CACHE_DIR=1 pip install MySQL_python\n',
    'RUN PIP_NO_CACHE_DIR=on pip install MySQL_python\n',
    'RUN PIP_NO_CACHE_DIR=yes pip install MySQL_python\n',
    'RUN PIP_NO_CACHE_DIR=true pip install MySQL_python\n',
    'RUN export PIP_NO_CACHE_DIR=1 && pip install MySQL_python\n',
    'RUN export PIP_NO_CACHE_DIR=on && pip install MySQL_python\n',
    'RUN export PIP_NO_CACHE_DIR=yes && pip install MySQL_python\n',
    'RUN export PIP_NO_CACHE_DIR=true && pip install MySQL_python\n',
    'FROM debian:buster as base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install six\n\n',
    'RUN --mount=type=cache,target=/root/.cache/pip pip install foobar\n',
    'RUN --mount=type=tmpfs,target=/root/.cache/pip pip install foobar\n',
  ],
  invalid: [
    { dockerfile: 'RUN pip2 install MySQL_python\n', expect: [['DL3042', 1]] },
    { dockerfile: 'RUN pip3 install MySQL_python\n', expect: [['DL3042', 1]] },
    { dockerfile: 'RUN pip install MySQL_python\n', expect: [['DL3042', 1]] },
    { dockerfile: 'ENV PIP_NO_CACHE_DIR=0\nRUN pip install MySQL_python\n', expect: [['DL3042', 2]] },
    { dockerfile: 'ENV PIP_NO_CACHE_DIR=off\nRUN pip install MySQL_python\n', expect: [['DL3042', 2]] },
    { dockerfile: 'ENV PIP_NO_CACHE_DIR=no\nRUN pip install MySQL_python\n', expect: [['DL3042', 2]] },
    { dockerfile: 'ENV PIP_NO_CACHE_DIR=false\nRUN pip install MySQL_python\n', expect: [['DL3042', 2]] },
    { dockerfile: 'RUN PIP_NO_CACHE_DIR=0 pip install MySQL_python\n', expect: [['DL3042', 1]] },
    { dockerfile: 'RUN PIP_NO_CACHE_DIR=off pip install MySQL_python\n', expect: [['DL3042', 1]] },
    { dockerfile: 'RUN PIP_NO_CACHE_DIR=no pip install MySQL_python\n', expect: [['DL3042', 1]] },
    { dockerfile: 'RUN PIP_NO_CACHE_DIR=false pip install MySQL_python\n', expect: [['DL3042', 1]] },
    { dockerfile: 'RUN export PIP_NO_CACHE_DIR=0 && pip install MySQL_python\n', expect: [['DL3042', 1]] },
    { dockerfile: 'RUN export PIP_NO_CACHE_DIR=off && pip install MySQL_python\n', expect: [['DL3042', 1]] },
    { dockerfile: 'RUN export PIP_NO_CACHE_DIR=no && pip install MySQL_python\n', expect: [['DL3042', 1]] },
    { dockerfile: 'RUN export PIP_NO_CACHE_DIR=false && pip install MySQL_python\n', expect: [['DL3042', 1]] },
    { dockerfile: 'FROM debian:buster as base\nENV PIP_NO_CACHE_DIR=1\nFROM debian:buster\nRUN pip install six\n\n', expect: [['DL3042', 4]] },
  ],
  fixes: [
    { dockerfile: 'FROM python:3.12\nRUN pip install flask==3.0.3\n', fixed: 'FROM python:3.12\nRUN pip install --no-cache-dir flask==3.0.3\n' },
  ],
});
