/**
 * A process that takes an endpoint data folder's lock and keeps it until it is killed:
 * `node --import tsx test/support/hold-folder.ts <dir>` prints "held" once it has the lock.
 */
import { lockFolder } from '../../server/admin/folder-lock';

lockFolder(process.argv[2]!);
process.stdout.write('held\n');
setInterval(() => undefined, 60_000);
