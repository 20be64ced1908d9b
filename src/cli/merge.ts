/** `npm run merge -- …`: the script's entry; the command itself is in `commands/merge.ts`. */
import { runCommand } from './args';
import { MERGE, merge } from './commands/merge';

runCommand(MERGE, merge);
