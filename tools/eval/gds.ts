import { COOPERATION_RELATIONS } from '../../src/model/vocabulary';
import type { CypherRunner } from '../../src/db/runner';
import { MAX_CONTEXT } from '../../src/modules/matches/matches.repository';

// A link-prediction baseline trained in Neo4j GDS (its open edition's link-prediction pipeline) on
// the snapshot loaded: the partner graph of clusters and organisations (tied directly or through a
// common context of at most MAX_CONTEXT ties), FastRP embeddings, Hadamard features, logistic
// regression; then its top predictions (approximate, KNN-based: exhaustive search is n² pairs).
// Ad-hoc Cypher rather than named files: it is a tool run by hand against a scratch database.

const COOPERATION = COOPERATION_RELATIONS.join('|');
const GRAPH = 'eval-partners';
const PIPELINE = 'eval-lp';
const MODEL = 'eval-lp-model';

/** For each source, its predicted partners with the model's probability (top 50 per node). */
export async function gdsScores(
  runner: CypherRunner,
  sources: string[],
  actors: string[],
): Promise<Map<string, Map<string, number>> | undefined> {
  // Training and prediction outlast the server's default transaction timeout (120 s): ask for 30 min.
  const run = async (cypher: string, params: Record<string, unknown> = {}) => {
    const session = runner.db.driver.session({ database: runner.db.database });
    try {
      return await session.run(cypher, params, { timeout: 1_800_000 });
    } finally {
      await session.close();
    }
  };
  try {
    for (const drop of [
      `CALL gds.graph.drop($name, false) YIELD graphName RETURN graphName`,
      `CALL gds.model.drop($model, false) YIELD modelInfo RETURN modelInfo`,
      `CALL gds.pipeline.drop($pipeline, false) YIELD pipelineName RETURN pipelineName`,
    ])
      await run(drop, { name: GRAPH, model: MODEL, pipeline: PIPELINE });
    const t0 = Date.now();
    await run(
      `MATCH (a:Entity)-[:${COOPERATION}]-(x)
       WHERE a.kind IN ['Cluster', 'Organisation'] AND COUNT { (x)-[:${COOPERATION}]-() } <= $maxContext
       MATCH (x)-[:${COOPERATION}]-(b:Entity) WHERE b.kind IN ['Cluster', 'Organisation'] AND elementId(a) < elementId(b)
       WITH DISTINCT a, b
       WITH gds.graph.project($name, a, b, {relationshipType: 'PARTNER'}, {undirectedRelationshipTypes: ['PARTNER']}) AS g
       RETURN g.nodeCount AS nodes, g.relationshipCount AS rels`,
      { name: GRAPH, maxContext: MAX_CONTEXT },
    );
    await run(`CALL gds.beta.pipeline.linkPrediction.create($pipeline)`, { pipeline: PIPELINE });
    await run(
      `CALL gds.beta.pipeline.linkPrediction.addNodeProperty($pipeline, 'fastRP', {mutateProperty: 'embedding', embeddingDimension: 64, randomSeed: 42})`,
      { pipeline: PIPELINE },
    );
    await run(
      `CALL gds.beta.pipeline.linkPrediction.addNodeProperty($pipeline, 'degree', {mutateProperty: 'degree'})`,
      { pipeline: PIPELINE },
    );
    await run(
      `CALL gds.beta.pipeline.linkPrediction.addFeature($pipeline, 'hadamard', {nodeProperties: ['embedding']})`,
      { pipeline: PIPELINE },
    );
    await run(`CALL gds.beta.pipeline.linkPrediction.addFeature($pipeline, 'hadamard', {nodeProperties: ['degree']})`, {
      pipeline: PIPELINE,
    });
    await run(
      `CALL gds.beta.pipeline.linkPrediction.configureSplit($pipeline, {testFraction: 0.1, trainFraction: 0.3, validationFolds: 2})`,
      { pipeline: PIPELINE },
    );
    await run(`CALL gds.beta.pipeline.linkPrediction.addLogisticRegression($pipeline)`, { pipeline: PIPELINE });
    const trained = await run(
      `CALL gds.beta.pipeline.linkPrediction.train($name, {pipeline: $pipeline, modelName: $model, targetRelationshipType: 'PARTNER', randomSeed: 42, metrics: ['AUCPR']})
       YIELD modelInfo RETURN modelInfo.metrics AS metrics`,
      { name: GRAPH, pipeline: PIPELINE, model: MODEL },
    );
    console.log(
      `GDS link prediction trained in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${JSON.stringify(trained.records[0].get('metrics'))}`,
    );
    const wanted = new Set(sources);
    const known = new Set(actors);
    const out = new Map<string, Map<string, number>>(sources.map((s) => [s, new Map()]));
    const predicted = await run(
      `CALL gds.beta.pipeline.linkPrediction.predict.stream($name, {modelName: $model, topK: 50, sampleRate: 0.5, randomSeed: 42, concurrency: 1})
       YIELD node1, node2, probability
       WITH gds.util.asNode(node1).id AS a, gds.util.asNode(node2).id AS b, probability
       WHERE a IN $sources OR b IN $sources
       RETURN a, b, probability`,
      { name: GRAPH, model: MODEL, sources },
    );
    for (const r of predicted.records) {
      const [a, b, p] = [r.get('a') as string, r.get('b') as string, r.get('probability') as number];
      if (wanted.has(a) && known.has(b)) out.get(a)!.set(b, p);
      if (wanted.has(b) && known.has(a)) out.get(b)!.set(a, p);
    }
    return out;
  } catch (e) {
    console.log(`GDS link prediction failed: ${(e as Error).message}`);
    return undefined;
  } finally {
    await run(`CALL gds.graph.drop($name, false) YIELD graphName RETURN graphName`, { name: GRAPH }).catch(() => {});
  }
}
