// `npm run eval`: every evaluation module prints its table.
import { printAttribution } from './attribution';
import { printFindings } from './findings';

printAttribution();
printFindings();
