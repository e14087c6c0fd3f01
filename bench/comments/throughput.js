// Node side of bench/comments/run.sh: vader-sentiment's polarity_scores over a file of comments (one per line),
// timed like Clout's console mode: warm up, then repeat over the file for 3 s, best of three rounds.
const fs = require('fs');
const vader = require('vader-sentiment');

const comments = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(line => line.length > 0);
let checksum = 0;
for (const comment of comments) {
  checksum += vader.SentimentIntensityAnalyzer.polarity_scores(comment).compound;
}

let best = 0;
for (let round = 0; round < 3; round++) {
  const start = process.hrtime.bigint();
  let scored = 0;
  let elapsed = 0;
  while (elapsed < 3) {
    for (const comment of comments) {
      checksum += vader.SentimentIntensityAnalyzer.polarity_scores(comment).compound;
    }
    scored += comments.length;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  best = Math.max(best, scored / elapsed);
}
console.log(`node comments/s ${best.toFixed(0)} (checksum ${checksum.toFixed(1)})`);

for (const kilobytes of [1, 10, 100]) {
  const words = [];
  const sentiment = ['good', 'bad', 'love', 'hate', 'great', 'awful', 'not', 'very', 'but', '!'];
  let length = 0;
  for (let i = 0; length < kilobytes * 1024; i++) {
    const word = i % 10 === 0 ? sentiment[Math.floor(i / 10) % sentiment.length] : 'w' + i;
    words.push(word);
    length += word.length + 1;
  }
  const text = words.join(' ').slice(0, kilobytes * 1024);
  let fastest = Infinity;
  for (let i = 0; i < (kilobytes >= 100 ? 3 : 20); i++) {
    const start = process.hrtime.bigint();
    vader.SentimentIntensityAnalyzer.polarity_scores(text);
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - start) / 1e6);
  }
  console.log(`node ${kilobytes} KB of distinct words: ${fastest.toFixed(3)} ms`);
}
