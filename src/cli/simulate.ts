/** `npm run simulate -- …`: the script's entry; the command itself is in `commands/simulate.ts`. */
import { runCommand } from './args';
import { SIMULATE, simulate } from './commands/simulate';

runCommand(SIMULATE, simulate);
