// Types every module uses: root types, scalars, the UserError interface, Money, enums, connections.
import './root.js';
import './scalars.js';
import './user-error.js';
import './money.js';
import './enums.js';
