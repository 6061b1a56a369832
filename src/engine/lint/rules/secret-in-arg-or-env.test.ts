import { describeRule } from '../testing/rule-table.ts';
import { secretInArgOrEnv } from './secret-in-arg-or-env.ts';

// Cases from hadolint's test suite (test/Hadolint/Rule/*Spec.hs at 8f936c5e, GPL-3.0 — used as test data only) and BuildKit's frontend/dockerfile/dockerfile_check_test.go (Apache-2.0), and our own.
describeRule(secretInArgOrEnv, {
  valid: [
    'FROM debian:bullseye\nRUN foobar\n\n',
    'ARG foobar\nFROM debian:bullseye\nRUN foobar\n\n',
    'FROM debian:bullseye\nENV foobar=barfoo\nRUN foobar\n\n',
  ],
  invalid: [
    { dockerfile: 'ARG AWS_ACCESS_KEY_ID\nFROM debian:bullseye\nRUN foobar\n\n', expect: [['DL3064', 1], ['SecretsUsedInArgOrEnv', 1]] },
    { dockerfile: 'ARG openai_api_key\nFROM debian:bullseye\nRUN foobar\n\n', expect: [['DL3064', 1], ['SecretsUsedInArgOrEnv', 1]] },
    { dockerfile: 'FROM debian:bullseye\nENV AWS_ACCESS_KEY_ID=abcdefghijklmnopqrstuvwxyz\nRUN foobar\n\n', expect: [['DL3064', 2], ['SecretsUsedInArgOrEnv', 2]] },
    { dockerfile: 'FROM debian:bullseye\nENV my_password=abcdefghijklmnopqrstuvwxyz\nRUN foobar\n\n', expect: [['DL3064', 2], ['SecretsUsedInArgOrEnv', 2]] },
    { dockerfile: '# check=skip=InvalidDefinitionDescription\n\nFROM scratch\nARG SECRET_PASSPHRASE\nENV SUPER_Secret=foo\nENV password=bar secret=baz\nARG super_duper_secret_token=foo auth=bar\nENV apikey=bar sunflower=foo\nENV git_key=\nENV PUBLIC_KEY=\nARG public_token\nARG SECRET_PASSPHRASE_FILE\nENV password_file=bar secret_File=baz\nARG AUTH_MODULE_VERSION\n# check=skip=SecretsUsedInArgOrEnv // allow secret in environment\nENV password=bar\n# check=skip=SecretsUsedInArgOrEnv // allow secret in arg\nARG password\n# check=skip=all // is local to only this instruction\nENV alternate_password=bar\n# check=skip=all // is local to only this instruction\nARG alternate_password\n', expect: [['DL3064', 4], ['SecretsUsedInArgOrEnv', 4], ['DL3064', 5], ['SecretsUsedInArgOrEnv', 5], ['DL3064', 6], ['DL3064', 6], ['SecretsUsedInArgOrEnv', 6], ['SecretsUsedInArgOrEnv', 6], ['DL3064', 7], ['SecretsUsedInArgOrEnv', 7], ['SecretsUsedInArgOrEnv', 7], ['SecretsUsedInArgOrEnv', 8], ['SecretsUsedInArgOrEnv', 9], ['DL3064', 11], ['DL3064', 12], ['DL3064', 13], ['DL3064', 13], ['DL3064', 16], ['DL3064', 18], ['DL3064', 20], ['DL3064', 22]] },
    { dockerfile: 'FROM alpine:3.20\nARG PUBLIC_KEY\nENV KEY_FILE=/run/secrets/key\nARG TOKEN_VERSION=2\n', expect: [['DL3064', 4]] },
    { dockerfile: 'FROM alpine:3.20\nARG GITHUB_TOKEN\n', expect: [['DL3064', 2], ['SecretsUsedInArgOrEnv', 2]] },
  ],
});
