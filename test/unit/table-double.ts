import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';

type Item = Record<string, unknown>;
type Values = Record<string, unknown>;
const keyOf = (item: Item) => `${item.PK}|${item.SK}`;

/** The few conditions the data modules write, as DynamoDB evaluates them. */
function holds(condition: string | undefined, existing: Item | undefined, values: Values = {}): boolean {
  if (!condition) return true;
  if (condition === 'attribute_not_exists(PK)') return !existing;
  if (condition === 'attribute_exists(PK) AND #version = :expected') return existing?.version === values[':expected'];
  if (condition === 'markedAt = :at') return existing?.markedAt === values[':at'];
  throw new Error(`table double: unknown condition ${condition}`);
}

/**
 * A DynamoDB table behind aws-sdk-client-mock that keeps what is written and checks conditions,
 * so a unit test runs the real data modules and can change or fail one call in the middle of a
 * run: `beforeCall` sees every command first and may write, or throw as AWS would.
 */
export function tableDouble() {
  const items = new Map<string, Item>();
  const mock = mockClient(DynamoDBDocumentClient);
  const double = {
    items,
    mock,
    beforeCall: (_command: string, _input: Record<string, unknown>): void => {},
    put(item: Item) {
      items.set(keyOf(item), structuredClone(item));
    },
    get(PK: string, SK: string): Item | undefined {
      return items.get(`${PK}|${SK}`);
    },
  };
  const read = (key: Item) => {
    const item = items.get(keyOf(key));
    return item ? structuredClone(item) : undefined;
  };
  mock.on(GetCommand).callsFake((input) => {
    double.beforeCall('Get', input);
    return { Item: read(input.Key) };
  });
  mock.on(QueryCommand).callsFake((input) => {
    double.beforeCall('Query', input);
    const values = input.ExpressionAttributeValues ?? {};
    const [pkName, skName] = input.IndexName === 'GSI1' ? ['GSI1PK', 'GSI1SK'] : ['PK', 'SK'];
    const found = [...items.values()]
      .filter((item) => item[pkName] === values[':pk'])
      .filter((item) => values[':before'] === undefined || String(item[skName]) < String(values[':before']))
      .sort((a, b) => (String(a[skName]) < String(b[skName]) ? -1 : 1));
    return { Items: found.map((item) => structuredClone(item)) };
  });
  mock.on(TransactWriteCommand).callsFake((input) => {
    double.beforeCall('TransactWrite', input);
    const writes = input.TransactItems as Array<{ Put?: Item; Delete?: Item }>;
    const codes = writes.map((write) => {
      const target = (write.Put?.Item ?? write.Delete?.Key) as Item;
      const part = (write.Put ?? write.Delete) as { ConditionExpression?: string; ExpressionAttributeValues?: Values };
      return holds(part.ConditionExpression, items.get(keyOf(target)), part.ExpressionAttributeValues)
        ? 'None'
        : 'ConditionalCheckFailed';
    });
    if (codes.some((code) => code !== 'None')) {
      throw new TransactionCanceledException({
        message: 'Transaction cancelled',
        $metadata: {},
        CancellationReasons: codes.map((Code) => ({ Code })),
      });
    }
    for (const write of writes) {
      if (write.Put) double.put(write.Put.Item as Item);
      if (write.Delete) items.delete(keyOf(write.Delete.Key as Item));
    }
    return {};
  });
  mock.on(DeleteCommand).callsFake((input) => {
    double.beforeCall('Delete', input);
    if (!holds(input.ConditionExpression, items.get(keyOf(input.Key)), input.ExpressionAttributeValues)) {
      throw new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });
    }
    items.delete(keyOf(input.Key));
    return {};
  });
  mock.on(BatchWriteCommand).callsFake((input) => {
    double.beforeCall('BatchWrite', input);
    for (const requests of Object.values(input.RequestItems ?? {}) as Array<Array<Record<string, Item>>>) {
      for (const request of requests) {
        if (request.PutRequest) double.put(request.PutRequest.Item as Item);
        if (request.DeleteRequest) items.delete(keyOf(request.DeleteRequest.Key as Item));
      }
    }
    return {};
  });
  return double;
}
