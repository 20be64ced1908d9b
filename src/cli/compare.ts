/** `npm run compare -- …`: the script's entry; the command itself is in `commands/compare.ts`. */
import { runCommand } from './args';
import { COMPARE, compare } from './commands/compare';

runCommand(COMPARE, compare);
