/** `npm run sweep -- …`: the script's entry; the command itself is in `commands/sweep.ts`. */
import { runCommand } from './args';
import { SWEEP, sweep } from './commands/sweep';

runCommand(SWEEP, sweep);
