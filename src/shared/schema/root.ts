import { builder } from '../../builder.js';

builder.queryType({ description: 'Read entry points.' });
builder.mutationType({ description: 'Every mutation takes one `input` and returns a payload union.' });
