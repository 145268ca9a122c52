import { builder } from '../../builder.js';

builder.queryType({ description: 'Read entry points.' });
builder.mutationType({ description: 'Every mutation takes one `input` and returns a payload union.' });
builder.subscriptionType({
  description:
    'Live updates over Server-Sent Events (POST /graphql with `Accept: text/event-stream`): the object again after each change, with the same visibility as queries.',
});
