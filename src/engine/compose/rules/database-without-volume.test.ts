import { describeComposeRule } from '../testing/compose-rule-table.ts';
import { databaseWithoutVolume } from './database-without-volume.ts';

describeComposeRule(databaseWithoutVolume, {
  valid: [
    'services:\n  db:\n    image: postgres:16\n    volumes:\n      - pg:/var/lib/postgresql/data\nvolumes:\n  pg:\n',
    'services:\n  db:\n    image: postgres:18\n    volumes:\n      - pg:/var/lib/postgresql\nvolumes:\n  pg:\n',
    'services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - ./data:/var/lib/mysql\n',
    'services:\n  cache:\n    image: redis:7\n',
    'services:\n  web:\n    image: nginx:1.27\n',
  ],
  invalid: [
    { compose: 'services:\n  db:\n    image: postgres:16\n', expect: [[3, 12]] },
    { compose: 'services:\n  db:\n    image: docker.io/library/mariadb:11\n    volumes:\n      - logs:/var/log/mysql\nvolumes:\n  logs:\n', expect: [[3, 12]] },
    { compose: 'services:\n  cache:\n    image: redis:7\n    command: redis-server --appendonly yes\n', expect: [[3, 12]] },
    { compose: 'services:\n  db:\n    image: postgres:16\n    tmpfs: /var/lib/postgresql/data\n', expect: [[3, 12]] },
  ],
});
