// npx tsx examples/client/run.ts [url] [--persisted]
import { runExample } from './client.js';

const url = process.argv.find((a) => a.startsWith('http')) ?? 'http://127.0.0.1:4000/graphql';
const result = await runExample(url, { persisted: process.argv.includes('--persisted') });
console.log(JSON.stringify(result, null, 2));
