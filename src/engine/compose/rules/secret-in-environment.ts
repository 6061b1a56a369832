import { defineComposeRule } from '../lint-rule.ts';
import type { ComposeReport } from '../lint-rule.ts';

/** Variable names that hold credentials. */
const SECRET_NAME = /(PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|AUTH_?KEY|CREDENTIALS?)(_ID)?$|^(.*_)?(PASSWORD|SECRET|TOKEN)_/i;
/** Flags and switches that only look like secrets: `MYSQL_ALLOW_EMPTY_PASSWORD=yes`. */
const NOT_A_SECRET = /^(true|false|yes|no|on|off|0|1|)$/i;
/** A URL carrying a password: `postgres://app:hunter2@db/app`. */
const URL_WITH_PASSWORD = /:\/\/[^:@/\s]+:[^@/\s]+@/;

/** `DB_PASSWORD: hunter2` written into the compose file. */
export const secretInEnvironment = defineComposeRule({
  meta: {
    id: 'secret-in-environment',
    severity: 'warning',
    title: 'A secret written into the compose file',
    explanation:
      'A password, token or key written in `environment:` ends up in your Git history, in every copy of the repository, and in `docker inspect` output for anyone who can talk to the Docker daemon. Rotating it then means rewriting history.',
    suggestion:
      'Reference it instead: `DB_PASSWORD: ${DB_PASSWORD}` with the value in an untracked `.env` file or the deploy environment, or use `secrets:` (mounted as a file under /run/secrets) with images that read `*_FILE` variables.',
    examples: {
      bad: [{ compose: 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: hunter2\n' }],
      good: [
        { compose: 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}\n', note: 'The value comes from the environment or .env.' },
        {
          compose:
            'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets: [db_password]\nsecrets:\n  db_password:\n    file: ./db_password.txt\n',
        },
      ],
    },
  },
  service(service) {
    const reports: ComposeReport[] = [];
    for (const v of service.environment) {
      if (v.from !== 'environment' || v.interpolated || v.value === undefined) continue;
      if (URL_WITH_PASSWORD.test(v.value)) {
        reports.push({ loc: v.loc, message: `${v.name} is a URL with a password written in the file; keep secrets out of compose files.` });
        continue;
      }
      if (/_FILE$/i.test(v.name) || !SECRET_NAME.test(v.name) || NOT_A_SECRET.test(v.value.trim())) continue;
      reports.push({ loc: v.loc, message: `${v.name} has its value written in the file; keep secrets out of compose files.` });
    }
    return reports;
  },
});
