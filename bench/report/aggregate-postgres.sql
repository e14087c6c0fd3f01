-- The raw SQL aggregate of bench/report/aggregate.sql in PostgreSQL's dialect (bench/report/postgres.sh): per
-- influencer of workspace :w, posts and their interactions, human clicks and distinct visitor-days, attributed orders
-- and revenue. The irreducible scanning work of the tier report on PostgreSQL.
WITH p AS (
  SELECT influencer_id, COUNT(*) AS posts, SUM(likes + comments + shares + saves) AS interactions
  FROM posts WHERE workspace_id = :w GROUP BY influencer_id),
k AS (
  SELECT c.influencer_id, COUNT(*) AS clicks, COUNT(DISTINCT (k.visitor_id, (k.occurred_at_utc AT TIME ZONE 'UTC')::date)) AS visitors
  FROM clicks k JOIN collaborations c ON c.id = k.collaboration_id
  WHERE k.workspace_id = :w AND k.kind = 'human' GROUP BY c.influencer_id),
o AS (
  SELECT c.influencer_id, COUNT(*) AS orders, SUM(o.total_minor) AS revenue
  FROM orders o JOIN collaborations c ON c.id = o.attributed_collaboration_id
  WHERE o.workspace_id = :w GROUP BY c.influencer_id)
SELECT i.id, p.posts, p.interactions, k.clicks, k.visitors, o.orders, o.revenue
FROM influencers i LEFT JOIN p ON p.influencer_id = i.id LEFT JOIN k ON k.influencer_id = i.id LEFT JOIN o ON o.influencer_id = i.id
WHERE i.workspace_id = :w;
