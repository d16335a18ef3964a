/** The platform/tasks module's public surface: other modules import only what is listed here. */
export { PeriodicTask } from './periodic-task.js';
