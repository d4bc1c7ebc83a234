// `npm run eval`: every evaluation module prints its table.
import { printAttribution } from './attribution';
import { printExtraction } from './extraction';
import { printFindings } from './findings';

printAttribution();
printExtraction();
printFindings();
