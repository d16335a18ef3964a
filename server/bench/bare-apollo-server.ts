import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

/**
 * The anchor of bench/api.bench.ts: a bare Apollo Server 5 answering `{ hello }` (no auth, no
 * database, no plugins), started the way Apollo's documentation starts one. Every other figure of
 * the benchmark is reported as a ratio to this one, measured in the same run.
 */
const server = new ApolloServer({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } });
const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
process.stdout.write(`${JSON.stringify({ url: url.replace(/\/$/, ''), key: '' })}\n`);
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
