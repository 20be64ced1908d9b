/** `npm run size -- …`: the script's entry; the command itself is in `commands/size.ts`. */
import { runCommand } from './args';
import { SIZE, size } from './commands/size';

runCommand(SIZE, size);
