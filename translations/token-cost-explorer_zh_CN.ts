<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartExport</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2); any previous file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 × %3 · %4 weights, %5 KV cache · %6 input, %7 output tokens · batch %8 · %9 · Token Cost Explorer %10 · %11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size %1x%2 is out of range; expected 16 to 20000 pixels each way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPI %1 is out of range; expected 24 to 2400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>Why do output tokens cost more?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt is processed in one run. Every output token needs a run of its own: here 6 prompt tokens go through the prefill together, then each of the 5 decode steps processes a single token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per token, the arithmetic is nearly the same: about two FLOPs per parameter, plus attention over the earlier tokens. FLOPs alone cannot explain a price gap of 3 to 5 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an output token: ~16 GFLOP,
a prompt token: ~14 GFLOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time tells another story. The prefill keeps the GPU&apos;s arithmetic busy, while each decode step streams all 16 GB of weights from memory to produce one token: an output token takes hundreds of times the GPU time of a prompt token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batching shares each read of the weights among many sequences: a step for 16 sequences takes barely longer than a step for one, so each output token costs far less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the roofline, the prefill sits under the flat compute roof; decode sits far left on the memory slope, using a small share of the GPU&apos;s arithmetic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even batched, an output token here costs far more GPU time than an input token, while list prices charge 3 to 8 times as much: providers price for the mix of requests they serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the KV cache buys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a KV cache, each new token attends to stored keys and values, and total compute grows with the square of the length. Without it, every output token recomputes the whole prefix: the cube.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the cache, the 500th output token costs a prefill over 2,548 tokens: about 2,500 times the work of a decode step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of the cache is memory: every token leaves keys and values in every layer, 128 KiB per token for Llama-3.1-8B in bf16. Sixteen sequences of 32,000 tokens do not fit on one H100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And each decode step reads the whole cache: the bytes moved per output token grow with the context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 64K-token output: each step attends to everything before it, so the cost grows faster than the output. Compare the curve with the straight line that one price per token assumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 60,000th output token costs several times the first: its step reads 60,000 tokens of keys and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long sequences fill memory: at 67,000 tokens only a few sequences fit on one H100, so fewer requests share each read of the weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With fewer sequences per step, each output token carries more GPU time. Long-output products are priced higher per token: GPT-4o&apos;s 64K-output variant charged $18 instead of $15 per million.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavy and light users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One price per token, very different margins per request: at these prices, short chats earn money and long ones lose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where requests land: the line separates the profitable short outputs from loss-making long ones; the dots are requests of the chat mix, fitted to a real conversation trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reasoning-heavy mix: long chains of thought dominate, and a price made for chat loses money on nearly every request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code completion: long prompts, tiny outputs, nearly all profitable. A provider prices for the average over the requests it actually gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrinking the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Llama-2-7B gives every attention head its own keys and values (multi-head attention): 512 KiB per token in bf16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Llama-3.1-8B shares each key/value head among four query heads (grouped-query attention): 128 KiB per token, a quarter of the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistral-7B also keeps only the last 4,096 tokens in every layer (a sliding window): beyond 4K tokens its cache stops growing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemma 2 alternates global layers and 4,096-token sliding layers: half of its cache stops growing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeepSeek-V3 caches one compressed latent per token and layer (multi-head latent attention): 69 KiB per token for a 671B-parameter model, about half of Llama-3.1-8B&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOP/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadMix</name>
    <message>
        <source>Chat (conversation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning-heavy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tce::BatchSweepView</name>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed: how long one decode step takes and how many tokens per second the batch produces. Price: what an input and an output token cost at each batch size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch chart mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size (sequences decoded together)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What batching buys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decode step for %1 sequences at position %2: compute %3 / (%4) = %5; memory (weights + %1 caches) %6 / (%7) = %8. The step takes the larger, %9, plus %10 overhead: %11 per sequence, so %12 tokens/s for the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per 1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode step time (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens per second, whole batch (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of one decode step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output token, per 1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input token, per 1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per 1M tokens (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute-bound from batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory-bound at every batch size:
reading the KV cache grows with the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache full beyond %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batching</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tce::ChartView</name>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the vertical axis on a logarithmic scale, so that small and large values are both readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tce::CumulativeCostView</name>
    <message>
        <source>Output tokens generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of one request (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of a request as its output grows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 output tokens: this request&apos;s share of the prefill plus its share of %2 decode steps, at %3 per GPU-hour, = %4. At the API price it brings in %5 × %6 + %1 × %7 per 1M = %8: margin %9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill + decode: one more run per output token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill: the prompt, one run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every output token cost what the first ones do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break-even at %1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss beyond %1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tce::ExportDialog</name>
    <message>
        <source>Export “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images for slides, vector files for print, or the chart&apos;s numbers as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on screen (%1×%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 page, landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots per inch: 96 draws the chart as on a standard screen; more makes text and lines larger on the same number of pixels (and PDF pages smaller).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a caption: model, hardware, precision, lengths, batch, date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So that a slide can be traced back to its scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every chart into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every chart into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tce::KvCacheComparisonView</name>
    <message>
        <source>Output tokens generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative FLOPs of one request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the KV cache saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 output tokens. With a cache: one prefill of %2 tokens, then %3 steps of one token each, = %4. Without: a full run over %2, %5, … %6 tokens, one per output token, = %7: %8 times as much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With KV cache: each step attends to the cached keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without: each output token recomputes the whole prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× the FLOPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache on/off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tce::KvMemoryView</name>
    <message>
        <source>Context length (tokens per sequence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences that fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache memory as the context grows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 layers × (%2 latent + %3 RoPE dims) × %4 bytes = %5 per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 (K and V) × %1 layers × %2 KV heads × %3 dims × %4 bytes = %5 per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.
At %2 tokens one sequence holds %3%4; %5 sequences hold %6, beside %7 of weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sliding-window layers keep at most %1 tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ KV cache of the batch (%1 sequences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights, workspace and reserve (fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences that fit at this context (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this request: %1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch stops fitting at %1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tce::LessonBar</name>
    <message>
        <source>Lessons: a story told in steps, each a scenario, a chart and a caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous step (PageUp, Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step (PageDown, Right, Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tce::MainWindow</name>
    <message>
        <source>Token Cost Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feel the speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt at the prefill rate beside the output at the decode rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the sliders on the left; hover a chart for exact values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a chart: the formula behind the value appears here, with the numbers put in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import config.json…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a model architecture from a Hugging Face config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as PNG, JPEG, SVG, PDF or CSV; or every chart at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chart as an image, as it is on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin as A (compare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current scenario as A, drawn dashed on every chart while you change B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, large type, only the chart and the lesson (Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Token Cost Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the model.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1; note: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 requests from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 prices from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a price catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price catalogs (*.json *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import price catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the price catalog.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a request trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the trace.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned A: %1 on %2, %3 in / %4 out, batch %5: change the scenario to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the scenario; nothing was changed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened with these notes:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the scenario.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios (*.tce.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios (*.tce.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Token Cost Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a chart to export or copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export “%1”.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied “%1” to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Hugging Face config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model configuration (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Token Cost Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Token Cost Explorer %1&lt;/h3&gt;&lt;p&gt;Why do output tokens cost more than input tokens? This program computes the FLOPs, memory traffic, KV cache, time and dollars of every token of a request for real model architectures on real hardware.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later. Preset numbers cite their sources in the catalog files (models, hardware, engine measurements, API prices).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tce::MarginHistogramView</name>
    <message>
        <source>Margin of one request: revenue minus cost (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One price, very different margins per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>margin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests have a margin between %2 and %3: what they pay (input tokens × input price + output tokens × output price) minus their share of GPU time (their prefill and every decode step). Long outputs sit to the left: each of their steps reads a longer cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests at a loss: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profitable requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1 per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prices of %1 (its long-context tier applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prices %1 in / %2 out per 1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 requests at batch %3
%4
most expensive 1% of requests: %5% of the cost
output price for a %6% margin: %7 per 1M</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tce::MarginMapView</name>
    <message>
        <source>Margin per request (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where requests make or lose money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request of %1 input and %2 output tokens at batch %3 costs %4 of GPU time and brings in %5: margin %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 input tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin at %1 in / %2 out per 1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even: longer outputs lose money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tce::PerTokenCostView</name>
    <message>
        <source>FLOPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to plot per token: the arithmetic it needs (FLOPs), the memory traffic it causes, its share of GPU time, or its share of the GPU bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-token metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token position (prompt, then output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of each token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOPs per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes moved per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU time per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per token (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens: one parallel prefill run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens: one decode run each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens: one full re-run each (no KV cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt ends · output begins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attention to %1 keys: 2 × %2 layers × %3 heads × (%4 + %5 dims) × %1 = %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt token %1, in the prefill:
matmuls 2 × %2 parameters = %3
+ %4
= %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output token from the decode step at position %1:
matmuls and logits 2 × %2 parameters = %3
+ %4
= %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt token %1: the prefill of %2 tokens × %3 prompts takes %4 (%5-bound: %6 at %7 per second), shared by all of its %8 tokens: %9 each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode step at position %1 for %2 sequences: reads the weights once (%3) and every sequence&apos;s cache of %1 tokens (%4 each): %5 at %6 per second = %7 (%8-bound), plus %9 overhead. Each sequence&apos;s share: %10, %11 at %12 per GPU-hour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tce::PriceRatioView</name>
    <message>
        <source>API list prices (catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output / input price ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List-price ratios against the cost ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price ratios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 output / %2 input per 1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 = %3. In the scenario an output token costs %4 an input token: %5 per 1M output / %6 per 1M input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output price / input price, per API (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output / input cost here: %1 (%2, batch %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tce::RooflineView</name>
    <message>
        <source>Arithmetic intensity (FLOPs per byte moved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attained FLOP/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roofline: compute-bound prefill, memory-bound decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 FLOP/byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arithmetic intensity %1 FLOP per byte moved. The GPU&apos;s ridge is at peak / bandwidth = %2 / %3 = %4 FLOP/byte: below it a run waits on memory, above it on arithmetic. Here: %5.
Prefill: %6 FLOP/byte, decode: %7 FLOP/byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware roofline: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine efficiency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill (%1 prompts of %2 tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode step (batch of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ridge %1 FLOP/byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roofline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tce::ScenarioPanel</name>
    <message>
        <source>Model and hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model architecture: layers, width, attention heads, experts. Choose a preset or import a Hugging Face config.json (you can also drop one on the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accelerator: its peak FLOP/s, memory bandwidth and memory size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs serving one copy of the model with tensor parallelism: they split every layer and exchange activations twice per layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the weights are stored. Fewer bits mean fewer bytes to stream per decode step; fp8 and int8 also compute faster on hardware that supports them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How keys and values are stored in the KV cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serving engine&apos;s profile: how close it gets to the hardware&apos;s peak (efficiencies), its fixed cost per run, and the memory it keeps for itself. &apos;Ideal roofline&apos; is the textbook bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request and batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt length I: tokens processed together in one prefill run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output length O: each output token needs one more run over the whole model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences decoded together: they share one read of the weights per step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every token&apos;s keys and values, so each output token runs the model once over one token. Off: every output token recomputes the whole prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one GPU costs per hour (rental or amortised).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API&apos;s list price, to compare with the cost: dated presets, editable below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API price per 1M input tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API price per 1M output tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-&amp;hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input / 1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output / 1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine profile&apos;s factors. They start from published measurements (see Help &gt; About) and can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the peak FLOP/s reached in compute-bound runs (prefill).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the peak memory bandwidth reached in memory-bound runs (decode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed time per run: scheduling, kernel launches, sampling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory the engine leaves unused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts prefilled in one run. 0: as many as the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change API price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change GPU count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change weight format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change KV cache format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change input length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change output length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off the KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change GPU-hour price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change input price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change output price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change compute efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change memory efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change overhead per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change memory reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change prefill batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import config.json…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tce::SpeedStreamView</name>
    <message>
        <source>Each output token needs one more run of the whole model over one token while the prompt is read in a single parallel run so prompt tokens arrive in a flash and output tokens one by one at the pace the memory bandwidth allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start both streams again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt: %1 tokens in one prefill, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: one token per decode step, %1 for this sequence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tce::SummaryStrip</name>
    <message>
        <source>Time to first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefill: one run over the whole prompt (all prompts of the prefill batch together).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens per second for one sequence, and for the whole batch. Each output token needs its own run over the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first token plus every decode step of this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and values one token leaves in GPU memory, summed over the layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the weights and the batch&apos;s KV cache fit in GPU memory, and how many sequences of this length would fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input, per 1M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a prompt token costs the provider: its share of the prefill run&apos;s GPU time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output, per 1M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What an output token costs the provider: its share of one decode step&apos;s GPU time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output / input cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times more an output token costs than an input token here, beside the ratio of the API&apos;s list prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of one request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request&apos;s share of the GPU bill: its share of the prefill plus its share of every decode step. Below it, the margin at the API price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefill of %1 prompts: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory-bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for the batch of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs: 1 prefill + %2 decode steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue %1 · margin %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API price set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list price %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list prices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no list price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for the batch at %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 sequences at this length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights alone exceed the memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tce::TokenRunsView</name>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens in this small example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens: one run each (the prefill produces the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animate decoding: one more run every second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the prefill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens: whose key (blue prompt, orange output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token by token: which dot products each run computes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token by token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run 1: the prefill of %1 prompt tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: decode step at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 query-key dot products per head and layer
%3, %4 moved

So far (%5 of %6 runs): %7 dot products, %8, %9 moved
An output token&apos;s key is used by %10 runs on average: about half of the %11 decode steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses of each key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tce::WorkloadPanel</name>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import trace CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests the Margins and Margin map charts evaluate: a built-in mix fitted to public traces, or your own trace (TIMESTAMP,ContextTokens,GeneratedTokens or input_tokens,output_tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest batch that fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the mix at as many concurrent sequences of its mean length as fit in memory, instead of the batch size above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The margin a provider aims for: the Margins chart gives the output price that earns it over the whole mix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the requests pay: the API price above, or an entry of an imported price catalog (LiteLLM&apos;s model_prices_and_context_window.json or a CSV), whose long-context tier bills a whole request once its prompt crosses the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revenue at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API price above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import price catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (trace)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
