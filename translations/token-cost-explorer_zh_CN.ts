<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartExport</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: cannot write (%2); any previous file is unchanged</source>
        <translation>%1：无法写入（%2）；原有文件保持不变</translation>
    </message>
    <message>
        <source>size %1x%2 is out of range; expected 16 to 20000 pixels each way</source>
        <translation>尺寸 %1x%2 超出范围；宽和高均应为 16 到 20000 像素</translation>
    </message>
    <message>
        <source>DPI %1 is out of range; expected 24 to 2400</source>
        <translation>DPI %1 超出范围；应为 24 到 2400</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>无法编码该图像</translation>
    </message>
    <message>
        <source>%1 reasoning</source>
        <translation>推理 %1</translation>
    </message>
    <message>
        <source>%1 written to the cache</source>
        <translation>写入缓存 %1</translation>
    </message>
    <message>
        <source>%1 from the cache</source>
        <translation>来自缓存 %1</translation>
    </message>
    <message>
        <source>speculative: %1, k = %2, α = %3</source>
        <translation>推测解码：%1，k = %2，α = %3</translation>
    </message>
    <message>
        <source>draft head</source>
        <translation>草稿头</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 · %4 weights, %5 KV cache · %6 input, %7 output tokens%8 · batch %9 · %10 · Token Cost Explorer %11 · %12</source>
        <translation>%1 · %2 × %3 · 权重 %4，KV 缓存 %5 · 输入 %6、输出 %7 token%8 · 批大小 %9 · %10 · Token Cost Explorer %11 · %12</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>there is no slide</source>
        <translation>没有幻灯片</translation>
    </message>
    <message>
        <source>a slide cannot be written as CSV</source>
        <translation>幻灯片无法写成 CSV</translation>
    </message>
    <message>
        <source>the PDF could not start page %1</source>
        <translation>PDF 无法开始第 %1 页</translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 个客户端</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 个客户端</translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation>每秒 %1 个请求</translation>
    </message>
    <message>
        <source>%1 without flash attention</source>
        <translation>%1（无 Flash Attention）</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>Why do output tokens cost more?</source>
        <translation>为什么输出 token 更贵？</translation>
    </message>
    <message>
        <source>A prompt is processed in one run. Every output token needs a run of its own: here 6 prompt tokens go through the prefill together, then each of the 5 decode steps processes a single token.</source>
        <translation>提示词只需一次运行就能处理完，而每个输出 token 都需要单独运行一次：这里 6 个提示词 token 一起经过预填充，随后 5 个解码步骤每步只处理一个 token。</translation>
    </message>
    <message>
        <source>Per token, the arithmetic is nearly the same: about two FLOPs per parameter, plus attention over the earlier tokens. FLOPs alone cannot explain a price gap of 3 to 5 times.</source>
        <translation>按每个 token 算，运算量几乎相同：每个参数大约 2 次浮点运算（FLOPs），再加上对前面各 token 的注意力计算。仅凭 FLOPs 无法解释 3 到 5 倍的价格差距。</translation>
    </message>
    <message>
        <source>an output token: ~16 GFLOP,
a prompt token: ~14 GFLOP</source>
        <translation>一个输出 token：约 16 GFLOP，
一个提示词 token：约 14 GFLOP</translation>
    </message>
    <message>
        <source>Time tells another story. The prefill keeps the GPU&apos;s arithmetic busy, while each decode step streams all 16 GB of weights from memory to produce one token: an output token takes hundreds of times the GPU time of a prompt token.</source>
        <translation>时间上却是另一回事。预填充让 GPU 的算力一直忙碌，而每个解码步骤都要把全部 16 GB 权重从显存中读一遍，才能生成一个 token：一个输出 token 占用的 GPU 时间是一个提示词 token 的数百倍。</translation>
    </message>
    <message>
        <source>Batching shares each read of the weights among many sequences: a step for 16 sequences takes barely longer than a step for one, so each output token costs far less.</source>
        <translation>批处理让许多序列共享每一次权重读取：16 个序列的一个步骤几乎不比 1 个序列的一个步骤更久，因此每个输出 token 的成本要低得多。</translation>
    </message>
    <message>
        <source>On the roofline, the prefill sits under the flat compute roof; decode sits far left on the memory slope, using a small share of the GPU&apos;s arithmetic.</source>
        <translation>在 Roofline 模型上，预填充位于平坦的算力屋顶之下；解码则远在左侧的访存斜坡上，只用到了 GPU 算力的一小部分。</translation>
    </message>
    <message>
        <source>Even batched, an output token here costs far more GPU time than an input token, while list prices charge 3 to 8 times as much: providers price for the mix of requests they serve.</source>
        <translation>即使做了批处理，这里一个输出 token 占用的 GPU 时间仍远多于一个输入 token，而标价只是输入的 3 到 8 倍：服务商是按自己实际承接的各类请求的组合来定价的。</translation>
    </message>
    <message>
        <source>What the KV cache buys</source>
        <translation>KV 缓存带来了什么</translation>
    </message>
    <message>
        <source>With a KV cache, each new token attends to stored keys and values, and total compute grows with the square of the length. Without it, every output token recomputes the whole prefix: the cube.</source>
        <translation>有了 KV 缓存，每个新 token 只需对已存储的键和值做注意力计算，总计算量随长度的平方增长。没有缓存时，每个输出 token 都要重新计算整个前缀：总计算量随长度的立方增长。</translation>
    </message>
    <message>
        <source>Without the cache, the 500th output token costs a prefill over 2,548 tokens: about 2,500 times the work of a decode step.</source>
        <translation>没有缓存时，第 500 个输出 token 的代价相当于对 2,548 个 token 做一次预填充：约为一个解码步骤工作量的 2,500 倍。</translation>
    </message>
    <message>
        <source>The price of the cache is memory: every token leaves keys and values in every layer, 128 KiB per token for Llama-3.1-8B in bf16. Sixteen sequences of 32,000 tokens do not fit on one H100.</source>
        <translation>缓存的代价是显存：每个 token 都会在每一层留下键和值，Llama-3.1-8B 在 bf16 下每个 token 占 128 KiB。16 个长度为 32,000 token 的序列在一块 H100 上放不下。</translation>
    </message>
    <message>
        <source>And each decode step reads the whole cache: the bytes moved per output token grow with the context.</source>
        <translation>而且每个解码步骤都要读取整个缓存：每个输出 token 需要搬运的字节数随上下文增长。</translation>
    </message>
    <message>
        <source>Long outputs</source>
        <translation>长输出</translation>
    </message>
    <message>
        <source>A 64K-token output: each step attends to everything before it, so the cost grows faster than the output. Compare the curve with the straight line that one price per token assumes.</source>
        <translation>一个 64K token 的输出：每一步都要对之前的全部内容做注意力计算，因此成本比输出长度增长得更快。请把这条曲线和“每个 token 一个价格”所假设的直线比较一下。</translation>
    </message>
    <message>
        <source>The 60,000th output token costs several times the first: its step reads 60,000 tokens of keys and values.</source>
        <translation>第 60,000 个输出 token 的成本是第一个的好几倍：它所在的步骤要读取 60,000 个 token 的键和值。</translation>
    </message>
    <message>
        <source>Long sequences fill memory: at 67,000 tokens only a few sequences fit on one H100, so fewer requests share each read of the weights.</source>
        <translation>长序列会占满显存：在 67,000 个 token 时，一块 H100 上只能放下少数几个序列，于是共享每次权重读取的请求就更少了。</translation>
    </message>
    <message>
        <source>With fewer sequences per step, each output token carries more GPU time. Long-output products are priced higher per token: GPT-4o&apos;s 64K-output variant charged $18 instead of $15 per million.</source>
        <translation>每步的序列越少，每个输出 token 分摊的 GPU 时间就越多。长输出产品的每 token 定价更高：GPT-4o 的 64K 输出版本每百万 token 收费 $18，而不是 $15。</translation>
    </message>
    <message>
        <source>Heavy and light users</source>
        <translation>重度用户与轻度用户</translation>
    </message>
    <message>
        <source>One price per token, very different margins per request: at these prices, short chats earn money and long ones lose it.</source>
        <translation>每个 token 一个价格，每个请求的利润率却大不相同：按这样的价格，短对话赚钱，长对话亏钱。</translation>
    </message>
    <message>
        <source>Where requests land: the line separates the profitable short outputs from loss-making long ones; the dots are requests of the chat mix, fitted to a real conversation trace.</source>
        <translation>请求落在哪里：这条线把盈利的短输出和亏损的长输出分开；这些点是聊天负载组合中的请求，按真实的对话轨迹拟合而来。</translation>
    </message>
    <message>
        <source>A reasoning-heavy mix: long chains of thought dominate, and a price made for chat loses money on nearly every request.</source>
        <translation>以推理为主的负载组合：长思维链占主导，为聊天制定的价格几乎在每个请求上都亏钱。</translation>
    </message>
    <message>
        <source>Code completion: long prompts, tiny outputs, nearly all profitable. A provider prices for the average over the requests it actually gets.</source>
        <translation>代码补全：提示词长，输出极短，几乎全部盈利。服务商是按实际收到的请求的平均情况来定价的。</translation>
    </message>
    <message>
        <source>Shrinking the cache</source>
        <translation>缩小缓存</translation>
    </message>
    <message>
        <source>Llama-2-7B gives every attention head its own keys and values (multi-head attention): 512 KiB per token in bf16.</source>
        <translation>Llama-2-7B 为每个注意力头都保存各自的键和值（多头注意力）：在 bf16 下每个 token 占 512 KiB。</translation>
    </message>
    <message>
        <source>Llama-3.1-8B shares each key/value head among four query heads (grouped-query attention): 128 KiB per token, a quarter of the cache.</source>
        <translation>Llama-3.1-8B 让每个键/值头由四个查询头共享（分组查询注意力）：每个 token 占 128 KiB，缓存只有原来的四分之一。</translation>
    </message>
    <message>
        <source>Mistral-7B also keeps only the last 4,096 tokens in every layer (a sliding window): beyond 4K tokens its cache stops growing.</source>
        <translation>Mistral-7B 还在每一层只保留最近的 4,096 个 token（滑动窗口）：超过 4K token 后，它的缓存就不再增长。</translation>
    </message>
    <message>
        <source>Gemma 2 alternates global layers and 4,096-token sliding layers: half of its cache stops growing.</source>
        <translation>Gemma 2 交替使用全局层和 4,096 token 的滑动窗口层：它的缓存有一半不再增长。</translation>
    </message>
    <message>
        <source>DeepSeek-V3 caches one compressed latent per token and layer (multi-head latent attention): 69 KiB per token for a 671B-parameter model, about half of Llama-3.1-8B&apos;s.</source>
        <translation>DeepSeek-V3 每个 token 每层只缓存一个压缩后的潜在向量（多头潜在注意力）：一个 671B 参数的模型每个 token 只占 69 KiB，约为 Llama-3.1-8B 的一半。</translation>
    </message>
    <message>
        <source>Why your request waits</source>
        <translation>为什么你的请求要等待</translation>
    </message>
    <message>
        <source>One user alone: the first token comes after 56 ms, then one every 8.8 ms, 113 output tokens per second. The H100 reads all the weights for every token of that one user.</source>
        <translation>只有一个用户时：第一个 token 在 56 ms 后到达，之后每 8.8 ms 一个，即每秒 113 个输出 token。H100 为这一个用户的每个 token 都要读取全部权重。</translation>
    </message>
    <message>
        <source>25 users at once: each still waits 0.17 s (median) for the first token and gets a token every 14 ms, yet the GPU now produces 1,543 tokens per second, 14 times as many from the same reads of the weights.</source>
        <translation>25 个用户同时使用：每个用户等待第一个 token 的时间仍只有 0.17 s（中位数），每 14 ms 得到一个 token，而 GPU 现在每秒产出 1,543 个 token，同样的权重读取产出了 14 倍的 token。</translation>
    </message>
    <message>
        <source>The knee, at 32 clients: 1,745 tokens per second for 9.4 s per request, the most throughput per second of waiting. Up to here more users cost each other little time.</source>
        <translation>拐点在 32 个客户端处：每秒 1,745 个 token，每个请求耗时 9.4 s，即每秒等待换来的吞吐量最高。在此之前，增加用户几乎不会拖慢彼此。</translation>
    </message>
    <message>
        <source>Past the knee, at 256 clients, the KV cache is full: at most 211 sequences run and about 70 requests wait in the queue. Throughput hardly grows (2,726 tokens per second), while the median wait for a first token reaches 5.3 s.</source>
        <translation>越过拐点，在 256 个客户端时，KV 缓存已满：最多 211 个序列在运行，约 70 个请求在队列中等待。吞吐量几乎不再增长（每秒 2,726 个 token），而等待第一个 token 的时间中位数达到 5.3 s。</translation>
    </message>
    <message>
        <source>What load does to the price: alone, an output token costs $6.55 per million, 320 times an input token; at the knee, $0.35 and 17 times. Only a full, queueing server comes near the list prices&apos; ratios (6.2 times at 256 clients), paid for in waiting.</source>
        <translation>负载对价格的影响：只有一个用户时，一个输出 token 的成本为每百万 $6.55，是输入 token 的 320 倍；在拐点处为 $0.35，17 倍。只有满载且需要排队的服务器才接近标价比（256 个客户端时为 6.2 倍），代价是等待。</translation>
    </message>
    <message>
        <source>What modern serving does to the bill</source>
        <translation>现代推理服务如何改变账单</translation>
    </message>
    <message>
        <source>A 500-token answer to a 2,000-token prompt: one prefill and 499 decode runs, 6.74 s and $0.000315 of GPU time at batch 16.</source>
        <translation>对 2,000 token 提示词给出 500 token 的回答：一次预填充和 499 次解码运行，在批大小 16 下耗时 6.74 s，GPU 时间成本为 $0.000315。</translation>
    </message>
    <message>
        <source>The same visible answer after 5,000 hidden reasoning tokens: each is decoded and billed like output, so the request takes 1.32 min and costs $0.00369. The hidden part holds 5,000 × 128 KiB = 625 MiB of KV cache while it runs.</source>
        <translation>同样的可见回答，之前先有 5,000 个隐藏的推理 token：每个都像输出一样解码并计费，因此该请求耗时 1.32 min，成本为 $0.00369。隐藏部分在运行期间占用 5,000 × 128 KiB = 625 MiB 的 KV 缓存。</translation>
    </message>
    <message>
        <source>Reasoning tokens (dark orange) sit between the prompt and the answer and cost what output tokens cost: the user is billed for 5,500 output tokens and sees 500.</source>
        <translation>推理 token（深橙色）位于提示词和回答之间，成本与输出 token 相同：用户按 5,500 个输出 token 付费，却只看到 500 个。</translation>
    </message>
    <message>
        <source>A 7,000-token prefix read from the prompt cache skips its prefill but not its KV cache: the GPU cost falls from $0.000421 to $0.000269, the price from $0.0285 to $0.00960. Writing the cache costs 1.25 times the input price, so caching pays the buyer once more than 21.7% of requests hit.</source>
        <translation>从提示词缓存读取的 7,000 token 前缀省去了预填充，却省不掉 KV 缓存：GPU 成本从 $0.000421 降到 $0.000269，价格从 $0.0285 降到 $0.00960。写入缓存的价格是输入价格的 1.25 倍，因此只要超过 21.7% 的请求命中，缓存对买方就划算。</translation>
    </message>
    <message>
        <source>A draft head proposes 4 tokens and one run of the target checks all 5, keeping 2.77 tokens per run at 70% acceptance. At batch 1 the run is memory-bound and decoding is almost twice as fast; as the batch grows the runs turn compute-bound and the gain shrinks.</source>
        <translation>草稿头提出 4 个 token，目标模型运行一次即可校验全部 5 个位置，在 70% 的接受率下每次运行保留 2.77 个 token。批大小为 1 时，运行是访存受限的，解码速度几乎翻倍；随着批次增大，运行转为计算受限，收益随之缩小。</translation>
    </message>
    <message>
        <source>Energy is a second bill: at batch 16 an output token takes 303 mJ and a prompt token 11.3 mJ. The whole request takes 178 J, 0.0237 g of CO₂ at 480 g/kWh.</source>
        <translation>能耗是第二份账单：在批大小 16 下，一个输出 token 消耗 303 mJ，一个提示词 token 消耗 11.3 mJ。整个请求消耗 178 J，按 480 g/kWh 计相当于 0.0237 g CO₂。</translation>
    </message>
    <message>
        <source>Ask first: if the KV cache makes every output token one run, why should it cost more? Let the class count the runs: one for all the prompt, one for each output token.</source>
        <translation>先提问：既然 KV 缓存让每个输出 token 只需运行一次，它为什么还会更贵？让全班数一数运行次数：整个提示词一次，每个输出 token 各一次。</translation>
    </message>
    <message>
        <source>Let the class compare the two numbers: the arithmetic per token hardly differs. Ask where else the cost could come from.</source>
        <translation>让全班比较这两个数字：每个 token 的运算量几乎没有差别。再问问大家：成本还可能来自哪里？</translation>
    </message>
    <message>
        <source>The answer is memory: at batch 1 every decode step reads all the weights to make one token. Ask what could share that read.</source>
        <translation>答案在于访存：批大小为 1 时，每个解码步骤都要读取全部权重，才能生成一个 token。问问大家：什么可以分摊这次读取？</translation>
    </message>
    <message>
        <source>One read of the weights now serves every sequence in the batch. Ask what stops us from batching without limit (the next lesson: the KV cache).</source>
        <translation>现在一次权重读取就能服务批次中的所有序列。问问大家：是什么让我们无法无限制地扩大批次（下一课：KV 缓存）。</translation>
    </message>
    <message>
        <source>Explain the two roofs: arithmetic (flat) and memory bandwidth (the slope). Prefill sits under the flat roof, decode far left on the slope.</source>
        <translation>讲解两个屋顶：算力（平坦部分）和显存带宽（斜坡）。预填充位于平坦的屋顶之下，解码则远在左侧的斜坡上。</translation>
    </message>
    <message>
        <source>Close with the price: providers charge for the mix of requests they serve, not for one token. Open question: why do some charge eight times as much for output?</source>
        <translation>最后回到价格：服务商按自己承接的各类请求的组合收费，而不是按单个 token。开放问题：为什么有些服务商对输出收取八倍的价格？</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <source>PiB</source>
        <translation>PiB</translation>
    </message>
    <message>
        <source>FLOP</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>ns</source>
        <translation>ns</translation>
    </message>
    <message>
        <source>FLOP/s</source>
        <translation>FLOP/s</translation>
    </message>
    <message>
        <source>B/s</source>
        <translation>B/s</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>MJ</source>
        <translation>MJ</translation>
    </message>
    <message>
        <source>kJ</source>
        <translation>kJ</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>mJ</source>
        <translation>mJ</translation>
    </message>
    <message>
        <source>µJ</source>
        <translation>µJ</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>WorkloadMix</name>
    <message>
        <source>Chat (conversation)</source>
        <translation>聊天（对话）</translation>
    </message>
    <message>
        <source>Code completion</source>
        <translation>代码补全</translation>
    </message>
    <message>
        <source>Long document</source>
        <translation>长文档</translation>
    </message>
    <message>
        <source>Reasoning-heavy</source>
        <translation>推理密集型</translation>
    </message>
</context>
<context>
    <name>tce::Autosave</name>
    <message>
        <source>%1: cannot lock (%2)</source>
        <translation>%1：无法锁定（%2）</translation>
    </message>
</context>
<context>
    <name>tce::BatchSweepView</name>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Price per token</source>
        <translation>每 token 价格</translation>
    </message>
    <message>
        <source>Speed: how long one decode step takes and how many tokens per second the batch produces. Price: what an input and an output token cost at each batch size.</source>
        <translation>速度：一个解码步骤耗时多久，以及整个批次每秒生成多少 token。价格：在各个批大小下，一个输入 token 和一个输出 token 的成本。</translation>
    </message>
    <message>
        <source>Batch chart mode</source>
        <translation>批处理图表模式</translation>
    </message>
    <message>
        <source>Batch size (sequences decoded together)</source>
        <translation>批大小（一起解码的序列数）</translation>
    </message>
    <message>
        <source>A decode step for %1 sequences at position %2: compute %3 / (%4) = %5; memory (weights + %1 caches) %6 / (%7) = %8. The step takes the larger, %9, plus %10 overhead: %11 per sequence, so %12 tokens/s for the batch.</source>
        <translation>%1 个序列在位置 %2 的一个解码步骤：计算 %3 / (%4) = %5；访存（权重 + %1 份缓存）%6 / (%7) = %8。该步骤取两者中较大的%9时间，再加上 %10 开销：每个序列 %11，因此整个批次每秒生成 %12 个 token。</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>访存</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>批大小 %1</translation>
    </message>
    <message>
        <source>%1 per 1M</source>
        <translation>%1 / 1M</translation>
    </message>
    <message>
        <source>Decode step time (left)</source>
        <translation>解码步骤耗时（左）</translation>
    </message>
    <message>
        <source>Output tokens per second, whole batch (right)</source>
        <translation>每秒输出 token 数，整个批次（右）</translation>
    </message>
    <message>
        <source>Time of one decode step</source>
        <translation>一个解码步骤的耗时</translation>
    </message>
    <message>
        <source>Output tokens per second</source>
        <translation>每秒输出 token 数</translation>
    </message>
    <message>
        <source>Output token, per 1M</source>
        <translation>输出 token，每 1M</translation>
    </message>
    <message>
        <source>Input token, per 1M</source>
        <translation>输入 token，每 1M</translation>
    </message>
    <message>
        <source>Cost per 1M tokens (USD)</source>
        <translation>每 1M token 成本（美元）</translation>
    </message>
    <message>
        <source>compute-bound from batch %1</source>
        <translation>批大小从 %1 起计算受限</translation>
    </message>
    <message>
        <source>Memory-bound at every batch size:
reading the KV cache grows with the batch</source>
        <translation>在所有批大小下都是访存受限：
读取 KV 缓存的量随批次增长</translation>
    </message>
    <message>
        <source>KV cache full beyond %1</source>
        <translation>超过 %1 后 KV 缓存放不下</translation>
    </message>
    <message>
        <source>this batch: %1</source>
        <translation>当前批大小：%1</translation>
    </message>
    <message>
        <source>%1 + %2 unpacking the weights</source>
        <translation>%1 + %2 用于解包权重</translation>
    </message>
</context>
<context>
    <name>tce::CalibrationChart</name>
    <message>
        <source>Decode speed (tok/s)</source>
        <translation>解码速度（tok/s）</translation>
    </message>
    <message>
        <source>Inter-token latency (ms)</source>
        <translation>token 间延迟（ms）</translation>
    </message>
    <message>
        <source>Batch throughput (tok/s)</source>
        <translation>批次吞吐量（tok/s）</translation>
    </message>
    <message>
        <source>Prompt speed (tok/s)</source>
        <translation>提示词速度（tok/s）</translation>
    </message>
    <message>
        <source>Time to first token (ms)</source>
        <translation>首 token 延迟（ms）</translation>
    </message>
    <message>
        <source>Calibration chart</source>
        <translation>校准图</translation>
    </message>
    <message>
        <source>Predicted = measured</source>
        <translation>预测值 = 实测值</translation>
    </message>
    <message>
        <source>±15%</source>
        <translation>±15%</translation>
    </message>
    <message>
        <source>Before the fit</source>
        <translation>拟合前</translation>
    </message>
    <message>
        <source>After the fit</source>
        <translation>拟合后</translation>
    </message>
    <message>
        <source>Measured (tok/s or ms, each row in its metric&apos;s unit)</source>
        <translation>实测值（tok/s 或 ms，每行使用其指标的单位）</translation>
    </message>
    <message>
        <source>Predicted (in the same unit)</source>
        <translation>预测值（同一单位）</translation>
    </message>
    <message>
        <source>%1, line %2
%3 on %4
%5: measured %6
predicted %7 after the fit, %8 before
(this point: %9)</source>
        <translation>%1，第 %2 行
%3，运行于 %4
%5：实测 %6
预测：拟合后 %7，拟合前 %8
（此点：%9）</translation>
    </message>
    <message>
        <source>after the fit</source>
        <translation>拟合后</translation>
    </message>
    <message>
        <source>before the fit</source>
        <translation>拟合前</translation>
    </message>
</context>
<context>
    <name>tce::CalibrationController</name>
    <message>
        <source>Calibrate from &amp;measurements…</source>
        <translation>根据测量结果校准(&amp;M)…</translation>
    </message>
    <message>
        <source>Fit the engine&apos;s numbers to your own benchmark results (llama-bench, vLLM, genai-perf, trtllm-bench or a CSV)</source>
        <translation>用你自己的基准测试结果拟合引擎参数（llama-bench、vLLM、genai-perf、trtllm-bench 或 CSV）</translation>
    </message>
    <message>
        <source>Calibrate from measurements</source>
        <translation>根据测量结果校准</translation>
    </message>
    <message>
        <source>Benchmark results (*.json *.jsonl *.csv *.md *.txt);;All files (*)</source>
        <translation>基准测试结果 (*.json *.jsonl *.csv *.md *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Calibrating…</source>
        <translation>正在校准…</translation>
    </message>
    <message>
        <source>The measurements could not be used; nothing was changed.</source>
        <translation>无法使用这些测量结果；未做任何更改。</translation>
    </message>
    <message>
        <source>Calibration failed</source>
        <translation>校准失败</translation>
    </message>
    <message>
        <source>Calibrated; rows: %1</source>
        <translation>已校准；行数：%1</translation>
    </message>
    <message>
        <source>Nothing has been calibrated yet.</source>
        <translation>尚未进行任何校准。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64), starting with a letter or digit.</source>
        <translation>“%1”不能用作配置名称：只能使用字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;（最多 64 个），并以字母或数字开头。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in engine; choose another name.</source>
        <translation>“%1”是内置引擎；请另选一个名称。</translation>
    </message>
    <message>
        <source>A profile holds one engine&apos;s numbers, and the rows were measured with %1 engines.</source>
        <translation>一个配置只包含一个引擎的参数，而这些行是用 %1 个引擎测得的。</translation>
    </message>
    <message>
        <source>Use engine profile %1</source>
        <translation>使用引擎配置 %1</translation>
    </message>
    <message>
        <source>Saved engine profile %1 to %2</source>
        <translation>已将引擎配置 %1 保存到 %2</translation>
    </message>
    <message>
        <source>Save as engine profile</source>
        <translation>另存为引擎配置</translation>
    </message>
    <message>
        <source>Profile name (letters, digits, . _ -):</source>
        <translation>配置名称（字母、数字、. _ -）：</translation>
    </message>
    <message>
        <source>A profile named %1 exists. Replace it?</source>
        <translation>名为 %1 的配置已存在。要替换吗？</translation>
    </message>
    <message>
        <source>The profile was not saved.</source>
        <translation>配置未保存。</translation>
    </message>
    <message>
        <source>Use calibrated %1</source>
        <translation>使用校准后的 %1</translation>
    </message>
</context>
<context>
    <name>tce::CalibrationDialog</name>
    <message>
        <source>one GPU left out at a time</source>
        <translation>每次留出一个 GPU</translation>
    </message>
    <message>
        <source>one file left out at a time</source>
        <translation>每次留出一个文件</translation>
    </message>
    <message>
        <source>five folds of rows</source>
        <translation>将各行分为五折</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>解码</translation>
    </message>
    <message>
        <source>Prompt speed</source>
        <translation>提示词速度</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首 token 延迟</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>Rows: %1, from %2. Refitted: %3.</source>
        <translation>行数：%1，来自 %2。重新拟合：%3。</translation>
    </message>
    <message>
        <source>Median error, before → after the fit:</source>
        <translation>误差中位数，拟合前 → 拟合后：</translation>
    </message>
    <message>
        <source>    %1: %2% → %3% (rows: %4)</source>
        <translation>    %1：%2% → %3%（行数：%4）</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>Cross-validated, on rows the fit did not see (%1): %2</source>
        <translation>交叉验证，基于拟合未见过的行（%1）：%2</translation>
    </message>
    <message>
        <source>Too few rows to cross-validate (it takes at least 5).</source>
        <translation>行数太少，无法交叉验证（至少需要 5 行）。</translation>
    </message>
    <message>
        <source>&amp;Save as engine profile…</source>
        <translation>另存为引擎配置(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the fitted numbers as an engine profile of your own, and use it</source>
        <translation>将拟合后的参数保存为你自己的引擎配置并使用</translation>
    </message>
    <message>
        <source>The rows were measured with %1 engines, and a profile holds one engine&apos;s numbers. Calibrate with one engine&apos;s files to save a profile.</source>
        <translation>这些行是用 %1 个引擎测得的，而一个配置只包含一个引擎的参数。请只用一个引擎的文件校准，才能保存配置。</translation>
    </message>
    <message>
        <source>&amp;Use without saving</source>
        <translation>直接使用，不保存(&amp;U)</translation>
    </message>
    <message>
        <source>Use the fitted numbers in the current scenario (Undo takes them back)</source>
        <translation>在当前场景中使用拟合后的参数（撤销即可恢复）</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>tce::ChartRegistry</name>
    <message>
        <source>Cost of each token</source>
        <translation>每个 token 的成本</translation>
    </message>
    <message>
        <source>Per token</source>
        <translation>每 token</translation>
    </message>
    <message>
        <source>Cost of a request as its output grows</source>
        <translation>请求成本随输出增长的变化</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>KV cache memory as the context grows</source>
        <translation>KV 缓存显存随上下文的增长</translation>
    </message>
    <message>
        <source>KV memory</source>
        <translation>KV 显存</translation>
    </message>
    <message>
        <source>What batching buys</source>
        <translation>批处理带来了什么</translation>
    </message>
    <message>
        <source>Batching</source>
        <translation>批处理</translation>
    </message>
    <message>
        <source>Roofline: compute-bound prefill, memory-bound decode</source>
        <translation>Roofline 模型：计算受限的预填充，访存受限的解码</translation>
    </message>
    <message>
        <source>Roofline</source>
        <translation>Roofline 模型</translation>
    </message>
    <message>
        <source>What the KV cache saves</source>
        <translation>KV 缓存节省了什么</translation>
    </message>
    <message>
        <source>KV cache on/off</source>
        <translation>KV 缓存开/关</translation>
    </message>
    <message>
        <source>One price, very different margins per request</source>
        <translation>同一价格，各请求的利润率却大不相同</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>利润率</translation>
    </message>
    <message>
        <source>Where requests make or lose money</source>
        <translation>请求在哪里盈利、在哪里亏损</translation>
    </message>
    <message>
        <source>Margin map</source>
        <translation>利润率图</translation>
    </message>
    <message>
        <source>List-price ratios against the cost ratio</source>
        <translation>标价比与成本比的对比</translation>
    </message>
    <message>
        <source>Price ratios</source>
        <translation>价格比</translation>
    </message>
    <message>
        <source>Token by token: which dot products each run computes</source>
        <translation>逐 token：每次运行计算哪些点积</translation>
    </message>
    <message>
        <source>Token by token</source>
        <translation>逐 token</translation>
    </message>
    <message>
        <source>Serving under load: throughput against latency as clients grow</source>
        <translation>负载下的服务：吞吐量与延迟随客户端增加的变化</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>One replica at this load: running, waiting and KV cache over time</source>
        <translation>此负载下的一个副本：运行中、等待中与 KV 缓存随时间的变化</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Prompt caching: what a cached prefix saves the provider and the buyer</source>
        <translation>提示词缓存：缓存前缀为服务商和买方节省了什么</translation>
    </message>
    <message>
        <source>Prompt cache</source>
        <translation>提示词缓存</translation>
    </message>
    <message>
        <source>Speculative decoding: a large speed-up at batch 1, gone at large batches</source>
        <translation>推测解码：批大小为 1 时大幅提速，批次较大时优势消失</translation>
    </message>
    <message>
        <source>Speculation</source>
        <translation>推测解码</translation>
    </message>
</context>
<context>
    <name>tce::ChartTabs</name>
    <message>
        <source>A chart. The Explain this panel reads out the value under the mouse; File &gt; Export chart saves its data as CSV.</source>
        <translation>一个图表。“公式解释”面板会读出鼠标所指的数值；文件 &gt; 导出图表 可将其数据保存为 CSV。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Feel the speed</source>
        <translation>感受速度</translation>
    </message>
    <message>
        <source>The prompt at the prefill rate beside the output at the decode rate</source>
        <translation>提示词按预填充速率、输出按解码速率并排显示</translation>
    </message>
</context>
<context>
    <name>tce::ChartView</name>
    <message>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>Show the vertical axis on a logarithmic scale, so that small and large values are both readable.</source>
        <translation>以对数刻度显示纵轴，使小值和大值都清晰可读。</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1M</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A：%1</translation>
    </message>
    <message>
        <source>The hardware file gives no board and idle power for %1:
no energy figures</source>
        <translation>硬件文件未给出 %1 的板卡功耗和空闲功耗：
无能耗数据</translation>
    </message>
    <message>
        <source>Dashed: A, the pinned scenario</source>
        <translation>虚线：A，固定的场景</translation>
    </message>
    <message>
        <source>No GPU-hour price for %1: its GPU time counts as $0 here.
Set one under Prices.</source>
        <translation>%1 没有 GPU 小时价格：此处其 GPU 时间按 $0 计。
请在“价格”中设置。</translation>
    </message>
</context>
<context>
    <name>tce::CumulativeCostView</name>
    <message>
        <source>Output tokens generated</source>
        <translation>已生成的输出 token 数</translation>
    </message>
    <message>
        <source>Cost of one request (USD)</source>
        <translation>单个请求的成本（美元）</translation>
    </message>
    <message>
        <source>After %1 output tokens: this request&apos;s share of the prefill plus its share of %2 decode steps, at %3 per GPU-hour, = %4. At the API price it brings in %5 × %6 + %1 × %7 per 1M = %8: margin %9.</source>
        <translation>生成 %1 个输出 token 后：该请求分摊的预填充，加上它分摊的 %2 个解码步骤，按每 GPU 小时 %3 计算，= %4。按 API 价格，它带来的收入为 %5 × %6 + %1 × %7（每 1M）= %8：利润率 %9。</translation>
    </message>
    <message>
        <source>%1 output tokens</source>
        <translation>%1 个输出 token</translation>
    </message>
    <message>
        <source>Prefill + decode: one more run per output token</source>
        <translation>预填充 + 解码：每个输出 token 多运行一次</translation>
    </message>
    <message>
        <source>Prefill: the prompt, one run</source>
        <translation>预填充：提示词，运行一次</translation>
    </message>
    <message>
        <source>If every output token cost what the first ones do</source>
        <translation>假如每个输出 token 都和最初几个一样贵</translation>
    </message>
    <message>
        <source>Revenue at %1</source>
        <translation>按 %1 计算的收入</translation>
    </message>
    <message>
        <source>the API price</source>
        <translation>API 价格</translation>
    </message>
    <message>
        <source>break-even at %1 tokens</source>
        <translation>%1 个 token 处盈亏平衡</translation>
    </message>
    <message>
        <source>loss beyond %1 tokens</source>
        <translation>超过 %1 个 token 即亏损</translation>
    </message>
    <message>
        <source>Dollars</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>What the request has used so far: its share of the GPU bill, or of the energy the GPUs draw.</source>
        <translation>该请求到目前为止的消耗：它分摊的 GPU 费用，或它分摊的 GPU 能耗。</translation>
    </message>
    <message>
        <source>Cumulative metric</source>
        <translation>累计指标</translation>
    </message>
    <message>
        <source>The hardware file gives no board and idle power for %1.</source>
        <translation>硬件文件未给出 %1 的板卡功耗和空闲功耗。</translation>
    </message>
    <message>
        <source>After %1 output tokens the request has drawn %2: its share of the prefill and of the decode steps so far, each run&apos;s time at a power between the GPUs&apos; idle and board power by how busy the run keeps them.</source>
        <translation>生成 %1 个输出 token 后，该请求已消耗 %2：它分摊的预填充和迄今各解码步骤，每次运行的时间按介于 GPU 空闲功耗与板卡功耗之间的功率计算，取决于该运行让 GPU 有多忙。</translation>
    </message>
    <message>
        <source>Energy of one request (J)</source>
        <translation>单个请求的能耗（J）</translation>
    </message>
    <message>
        <source>If every output token took what the first ones do</source>
        <translation>假如每个输出 token 的消耗都和最初几个一样</translation>
    </message>
    <message>
        <source>reasoning ends · visible answer begins</source>
        <translation>推理结束 · 可见回答开始</translation>
    </message>
    <message>
        <source>Revenue at %1: reaches %2 at %3 tokens, above the chart (the log scale shows it)</source>
        <translation>按 %1 计算的收入：在 %3 个 token 时达到 %2，超出图表上方（对数坐标可显示）</translation>
    </message>
</context>
<context>
    <name>tce::DocumentController</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Imported %1 from %2</source>
        <translation>已从 %2 导入 %1</translation>
    </message>
    <message>
        <source>Imported %1; note: %2</source>
        <translation>已导入 %1；注意：%2</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>新建场景</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>Scenarios (*.tce.json);;All files (*)</source>
        <translation>场景 (*.tce.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>Could not save the scenario.</source>
        <translation>无法保存该场景。</translation>
    </message>
    <message>
        <source>Import config.json</source>
        <translation>导入 config.json</translation>
    </message>
    <message>
        <source>Could not import the model.</source>
        <translation>无法导入该模型。</translation>
    </message>
    <message>
        <source>Scenarios (*.tce.json)</source>
        <translation>场景 (*.tce.json)</translation>
    </message>
    <message>
        <source>Import a Hugging Face config.json</source>
        <translation>导入 Hugging Face config.json</translation>
    </message>
    <message>
        <source>Model configuration (*.json);;All files (*)</source>
        <translation>模型配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The scenario has changes that are not saved.</source>
        <translation>该场景有尚未保存的更改。</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 有尚未保存的更改。</translation>
    </message>
    <message>
        <source>Save them first?</source>
        <translation>要先保存吗？</translation>
    </message>
    <message>
        <source>An unsaved scenario was found but cannot be read: %1</source>
        <translation>发现了一个未保存的场景，但无法读取：%1</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>Token Cost Explorer did not close properly last time. Restore the scenario it was showing?</source>
        <translation>Token Cost Explorer 上次未正常关闭。要恢复当时显示的场景吗？</translation>
    </message>
    <message>
        <source>%1 on %2 × %3, %4 input and %5 output tokens, batch %6; saved %7.</source>
        <translation>%2 × %3 上的 %1，输入 %4 个 token、输出 %5 个 token，批大小 %6；保存于 %7。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>Restore unsaved scenario</source>
        <translation>恢复未保存的场景</translation>
    </message>
    <message>
        <source>Restored the unsaved scenario</source>
        <translation>已恢复未保存的场景</translation>
    </message>
    <message>
        <source>Token Cost Explorer</source>
        <translation>Token Cost Explorer</translation>
    </message>
    <message>
        <source>%1[*] — Token Cost Explorer</source>
        <translation>%1[*] — Token Cost Explorer</translation>
    </message>
    <message>
        <source>Could not open the scenario; nothing was changed.</source>
        <translation>无法打开该场景；未做任何更改。</translation>
    </message>
    <message>
        <source>Opened with these notes:

%1</source>
        <translation>已打开，附带以下说明：

%1</translation>
    </message>
</context>
<context>
    <name>tce::ExplainDock</name>
    <message>
        <source>Explain this</source>
        <translation>公式解释</translation>
    </message>
    <message>
        <source>Point at a chart: the formula behind the value appears here, with the numbers put in.</source>
        <translation>指向图表：这里会显示该数值背后的公式，并代入具体数字。</translation>
    </message>
    <message>
        <source>Times: the %1 profile, whose numbers are not fitted to measurements.</source>
        <translation>时间：%1 配置，其数值未按实测数据拟合。</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>Times: the %1 profile&apos;s numbers for %2 hardware, fitted to %n published measurements. On GPUs the fit did not see, decode speed was off by %3 and the prompt by %4 (median).</source>
        <translation>
            <numerusform>时间：%1 配置针对 %2 类硬件的数值，按 %n 项已发表的实测数据拟合。在拟合未涵盖的 GPU 上，解码速度偏差 %3，提示词偏差 %4（中位数）。</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown class</source>
        <translation>未知类别</translation>
    </message>
    <message>
        <source>%1 has no measurements on %2 hardware such as the %3: these are its %4 numbers, carried to this GPU&apos;s peak FLOP/s and memory bandwidth.</source>
        <translation>%1 没有在 %2 类硬件（如 %3）上的测量：这些是它在 %4 上的数值，已按此 GPU 的峰值 FLOP/s 和内存带宽换算。</translation>
    </message>
    <message>
        <source>%1 has no measurements on %2 hardware such as the %3: these are its %4 numbers.</source>
        <translation>%1 没有在 %2 类硬件（如 %3）上的测量：这些是它在 %4 上的数值。</translation>
    </message>
</context>
<context>
    <name>tce::ExportActions</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not export “%1”.

%2</source>
        <translation>无法导出“%1”。

%2</translation>
    </message>
    <message>
        <source>Choose a chart to export or copy</source>
        <translation>选择要导出或复制的图表</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Copied “%1” to the clipboard</source>
        <translation>已将“%1”复制到剪贴板</translation>
    </message>
    <message>
        <source>PDF slides, a page per step (*.pdf)</source>
        <translation>PDF 幻灯片，每步一页 (*.pdf)</translation>
    </message>
    <message>
        <source>Export lesson</source>
        <translation>导出课程</translation>
    </message>
    <message>
        <source>PDF handout, A4 with two steps and their notes a page (*.pdf)</source>
        <translation>PDF 讲义，A4，每页两步及其备注 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images, one per step, into a folder of this name</source>
        <translation>PNG 图片，每步一张，存入以此命名的文件夹</translation>
    </message>
    <message>
        <source>SVG drawings, one per step, into a folder of this name</source>
        <translation>SVG 图形，每步一个，存入以此命名的文件夹</translation>
    </message>
    <message>
        <source>Exported %1 files to %2</source>
        <translation>已将 %1 个文件导出到 %2</translation>
    </message>
</context>
<context>
    <name>tce::ExportDialog</name>
    <message>
        <source>Export “%1”</source>
        <translation>导出“%1”</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG 图像</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG（矢量）</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF（矢量）</translation>
    </message>
    <message>
        <source>CSV data</source>
        <translation>CSV 数据</translation>
    </message>
    <message>
        <source>Images for slides, vector files for print, or the chart&apos;s numbers as CSV.</source>
        <translation>图像适合幻灯片，矢量文件适合打印，CSV 则导出图表的数据。</translation>
    </message>
    <message>
        <source>As on screen (%1×%2)</source>
        <translation>与屏幕显示相同（%1×%2）</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>幻灯片 %1</translation>
    </message>
    <message>
        <source>%1 page, landscape</source>
        <translation>%1 页面，横向</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Dots per inch: 96 draws the chart as on a standard screen; more makes text and lines larger on the same number of pixels (and PDF pages smaller).</source>
        <translation>每英寸点数：96 按标准屏幕上的效果绘制图表；数值越大，在相同像素数下文字和线条越大（PDF 页面则越小）。</translation>
    </message>
    <message>
        <source>Add a caption: model, hardware, precision, lengths, batch, date</source>
        <translation>添加说明文字：模型、硬件、精度、长度、批大小、日期</translation>
    </message>
    <message>
        <source>So that a slide can be traced back to its scenario.</source>
        <translation>以便从幻灯片追溯到对应的场景。</translation>
    </message>
    <message>
        <source>Export every chart into a folder</source>
        <translation>将所有图表导出到一个文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>尺寸(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;DPI</source>
        <translation>DPI(&amp;D)</translation>
    </message>
    <message>
        <source>Save &amp;to</source>
        <translation>保存到(&amp;T)</translation>
    </message>
    <message>
        <source>Export every chart into</source>
        <translation>将所有图表导出到</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>tce::HelpWindow</name>
    <message>
        <source>Token Cost Explorer Help</source>
        <translation>Token Cost Explorer 帮助</translation>
    </message>
    <message>
        <source>Page Down, →, Space</source>
        <translation>PageDown、→、空格键</translation>
    </message>
    <message>
        <source>Lesson: next step</source>
        <translation>课程：下一步</translation>
    </message>
    <message>
        <source>Page Up, ←</source>
        <translation>PageUp、←</translation>
    </message>
    <message>
        <source>Lesson: previous step</source>
        <translation>课程：上一步</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>Move between controls; Alt with an underlined letter jumps to that control</source>
        <translation>在控件之间移动；按 Alt 加带下划线的字母可直接跳到该控件</translation>
    </message>
    <message>
        <source>Arrows, Page Up/Down, Home, End</source>
        <translation>方向键、PageUp/PageDown、Home、End</translation>
    </message>
    <message>
        <source>Move the focused slider</source>
        <translation>移动当前获得焦点的滑块</translation>
    </message>
    <message>
        <source>Mouse wheel, drag, double click</source>
        <translation>鼠标滚轮、拖动、双击</translation>
    </message>
    <message>
        <source>Chart: zoom, pan, reset the view</source>
        <translation>图表：缩放、平移、重置视图</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Token Cost Explorer %1&lt;/h3&gt;&lt;p&gt;Why do output tokens cost more than input tokens? This program computes the FLOPs, memory traffic, KV cache, time and dollars of every token of a request for real model architectures on real hardware.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later. Copyright the Token Cost Explorer authors. Built with Qt %2, QCustomPlot and Eigen.&lt;/p&gt;&lt;h3&gt;Sources of the preset data&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Token Cost Explorer %1&lt;/h3&gt;&lt;p&gt;为什么输出 token 比输入 token 更贵？本程序针对真实硬件上的真实模型架构，计算一个请求中每个 token 的 FLOPs、访存量、KV 缓存、时间和美元成本。&lt;/p&gt;&lt;p&gt;许可证：GPL-3.0-or-later。版权归 Token Cost Explorer 作者所有。基于 Qt %2、QCustomPlot 和 Eigen 构建。&lt;/p&gt;&lt;h3&gt;预设数据的来源&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Engine profiles</source>
        <translation>引擎配置</translation>
    </message>
    <message>
        <source>API prices</source>
        <translation>API 价格</translation>
    </message>
    <message>
        <source>About Token Cost Explorer</source>
        <translation>关于 Token Cost Explorer</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Presentation mode on one screen: switch between the audience&apos;s view and the presenter view</source>
        <translation>单屏演示模式：在观众视图和演示者视图之间切换</translation>
    </message>
</context>
<context>
    <name>tce::KvCacheComparisonView</name>
    <message>
        <source>Output tokens generated</source>
        <translation>已生成的输出 token 数</translation>
    </message>
    <message>
        <source>Cumulative FLOPs of one request</source>
        <translation>单个请求的累计 FLOPs</translation>
    </message>
    <message>
        <source>%1 output tokens. With a cache: one prefill of %2 tokens, then %3 steps of one token each, = %4. Without: a full run over %2, %5, … %6 tokens, one per output token, = %7: %8 times as much.</source>
        <translation>%1 个输出 token。有缓存：对 %2 个 token 做一次预填充，然后是 %3 个每次处理一个 token 的步骤，= %4。无缓存：每个输出 token 都完整运行一遍，依次覆盖 %2、%5、…、%6 个 token，= %7：是前者的 %8 倍。</translation>
    </message>
    <message>
        <source>%1 output tokens</source>
        <translation>%1 个输出 token</translation>
    </message>
    <message>
        <source>With KV cache: each step attends to the cached keys</source>
        <translation>有 KV 缓存：每一步对已缓存的键做注意力计算</translation>
    </message>
    <message>
        <source>Without: each output token recomputes the whole prefix</source>
        <translation>无缓存：每个输出 token 都重新计算整个前缀</translation>
    </message>
    <message>
        <source>%1× the FLOPs</source>
        <translation>FLOPs 为 %1 倍</translation>
    </message>
</context>
<context>
    <name>tce::KvMemoryView</name>
    <message>
        <source>Context length (tokens per sequence)</source>
        <translation>上下文长度（每个序列的 token 数）</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>GPU 显存</translation>
    </message>
    <message>
        <source>Sequences that fit</source>
        <translation>可容纳的序列数</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <source>%1 layers × (%2 latent + %3 RoPE dims) × %4 bytes = %5 per token</source>
        <translation>%1 层 × (%2 个潜在维度 + %3 个 RoPE 维度) × %4 字节 = 每个 token %5</translation>
    </message>
    <message>
        <source>2 (K and V) × %1 layers × %2 KV heads × %3 dims × %4 bytes = %5 per token</source>
        <translation>2（K 和 V）× %1 层 × %2 个 KV 头 × %3 维 × %4 字节 = 每个 token %5</translation>
    </message>
    <message>
        <source>%1.
At %2 tokens one sequence holds %3%4; %5 sequences hold %6, beside %7 of weights.</source>
        <translation>%1。
在 %2 个 token 时，一个序列占用 %3%4；%5 个序列占用 %6，另有 %7 的权重。</translation>
    </message>
    <message>
        <source> (sliding-window layers keep at most %1 tokens)</source>
        <translation>（滑动窗口层最多保留 %1 个 token）</translation>
    </message>
    <message>
        <source>Weights, workspace and reserve (fixed)</source>
        <translation>权重、工作区和预留（固定）</translation>
    </message>
    <message>
        <source>Sequences that fit at this context (right axis)</source>
        <translation>当前上下文长度下可容纳的序列数（右轴）</translation>
    </message>
    <message>
        <source>GPU memory: %1</source>
        <translation>GPU 显存：%1</translation>
    </message>
    <message>
        <source>this request: %1 tokens</source>
        <translation>当前请求：%1 个 token</translation>
    </message>
    <message>
        <source>batch stops fitting at %1 tokens</source>
        <translation>超过 %1 个 token 时批次放不下</translation>
    </message>
    <message>
        <source>1 sequence</source>
        <translation>1 个序列</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sequences</source>
        <translation>
            <numerusform>%Ln 个序列</numerusform>
        </translation>
    </message>
    <message>
        <source>+ KV cache of the batch (1 sequence)</source>
        <translation>+ 批次的 KV 缓存（1 个序列）</translation>
    </message>
    <message numerus="yes">
        <source>+ KV cache of the batch (%Ln sequences)</source>
        <translation>
            <numerusform>+ 批次的 KV 缓存（%Ln 个序列）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tce::LessonBar</name>
    <message>
        <source>Lessons: a story told in steps, each a scenario, a chart and a caption.</source>
        <translation>课程：分步讲述的故事，每一步包含一个场景、一张图表和一段说明。</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>The previous step (PageUp, Left)</source>
        <translation>上一步（PageUp、左方向键）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>The next step (PageDown, Right, Space)</source>
        <translation>下一步（PageDown、右方向键、空格键）</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Close the lesson</source>
        <translation>关闭课程</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>tce::LessonController</name>
    <message>
        <source>Lesson step %1: %2</source>
        <translation>课程第 %1 步：%2</translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation>%1，第 %2 步</translation>
    </message>
    <message>
        <source>Lesson step %1: pinned A: %2</source>
        <translation>课程第 %1 步：已固定的 A：%2</translation>
    </message>
</context>
<context>
    <name>tce::LessonEditor</name>
    <message>
        <source>Undo %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source>&amp;New lesson</source>
        <translation>新建课程(&amp;N)</translation>
    </message>
    <message>
        <source>Start a lesson whose first step is what the window shows now</source>
        <translation>新建一个课程，以窗口当前显示的内容作为第一步</translation>
    </message>
    <message>
        <source>&amp;Open lesson…</source>
        <translation>打开课程(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Edit lesson</source>
        <translation>编辑课程(&amp;E)</translation>
    </message>
    <message>
        <source>Record steps, reorder them and write captions and notes</source>
        <translation>录制步骤、调整顺序，并编写说明和备注</translation>
    </message>
    <message>
        <source>&amp;Save lesson</source>
        <translation>保存课程(&amp;S)</translation>
    </message>
    <message>
        <source>Save lesson &amp;as…</source>
        <translation>课程另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>My lesson</source>
        <translation>我的课程</translation>
    </message>
    <message>
        <source>Recorded step 1: type its caption; record more steps as you change the scenario and the chart</source>
        <translation>已录制第 1 步：请输入它的说明；更改场景和图表后，可继续录制更多步骤</translation>
    </message>
    <message>
        <source>%1: not opened; the lesson being edited was kept</source>
        <translation>%1：未打开；正在编辑的课程保持不变</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Could not open the lesson.</source>
        <translation>无法打开该课程。</translation>
    </message>
    <message>
        <source>Lessons (*.tce-lesson.json *.json);;All files (*)</source>
        <translation>课程 (*.tce-lesson.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The lesson has no file yet: use Save lesson as…</source>
        <translation>该课程还没有文件：请使用“课程另存为…”</translation>
    </message>
    <message>
        <source>No lesson is being edited: choose Lessons &gt; Edit lesson</source>
        <translation>当前没有正在编辑的课程：请选择“课程 &gt; 编辑课程”</translation>
    </message>
    <message>
        <source>Saved the lesson to %1</source>
        <translation>已将课程保存到 %1</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>Could not save the lesson.</source>
        <translation>无法保存该课程。</translation>
    </message>
    <message>
        <source>Lessons (*.tce-lesson.json)</source>
        <translation>课程 (*.tce-lesson.json)</translation>
    </message>
    <message>
        <source>Lesson editor</source>
        <translation>课程编辑器</translation>
    </message>
    <message>
        <source>The lesson &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>课程“%1”有尚未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <source>Record step %1</source>
        <translation>录制第 %1 步</translation>
    </message>
    <message>
        <source>Re-record step %1</source>
        <translation>重新录制第 %1 步</translation>
    </message>
    <message>
        <source>Duplicate step %1</source>
        <translation>复制第 %1 步</translation>
    </message>
    <message>
        <source>A lesson keeps at least one step</source>
        <translation>课程至少要保留一个步骤</translation>
    </message>
    <message>
        <source>Delete step %1</source>
        <translation>删除第 %1 步</translation>
    </message>
    <message>
        <source>Move step %1 to %2</source>
        <translation>将第 %1 步移到第 %2 步</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Caption of step %1</source>
        <translation>第 %1 步的说明</translation>
    </message>
    <message>
        <source>Notes of step %1</source>
        <translation>第 %1 步的备注</translation>
    </message>
    <message>
        <source>Note on the chart of step %1</source>
        <translation>第 %1 步的图表批注</translation>
    </message>
    <message>
        <source>Opened the lesson %1</source>
        <translation>已打开课程 %1</translation>
    </message>
    <message>
        <source>Opened %1: %2 lessons</source>
        <translation>已打开 %1：%2 个课程</translation>
    </message>
</context>
<context>
    <name>tce::LessonEditorDock</name>
    <message>
        <source>● Record</source>
        <translation>● 录制</translation>
    </message>
    <message>
        <source>Add a step after the selected one: the scenario, the chart with its options and the pinned A, as the window shows them now (Ctrl+R)</source>
        <translation>在所选步骤之后添加一步：记录窗口当前显示的场景、图表及其选项和已固定的 A（Ctrl+R）</translation>
    </message>
    <message>
        <source>Re-record</source>
        <translation>重新录制</translation>
    </message>
    <message>
        <source>Replace the selected step&apos;s scenario and chart with what the window shows now; its texts stay</source>
        <translation>用窗口当前显示的内容替换所选步骤的场景和图表；其文字保持不变</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected step (Ctrl+D)</source>
        <translation>复制所选步骤（Ctrl+D）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected step (Delete)</source>
        <translation>删除所选步骤（Delete）</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up); or drag it</source>
        <translation>上移该步骤（Alt+上方向键），也可以拖动它</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down); or drag it</source>
        <translation>下移该步骤（Alt+下方向键），也可以拖动它</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the lesson as a .tce-lesson.json file</source>
        <translation>将课程保存为 .tce-lesson.json 文件</translation>
    </message>
    <message>
        <source>The language the texts below are written in; the window shows a lesson in its own language and falls back to English</source>
        <translation>下方文字所用的语言；窗口会以自身的语言显示课程，缺少该语言时改用英语</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>One to three sentences the audience reads</source>
        <translation>观众阅读的一到三句话</translation>
    </message>
    <message>
        <source>A note on the chart (optional)</source>
        <translation>图表上的批注（可选）</translation>
    </message>
    <message>
        <source>Where the note sits: 0 is the plot&apos;s left edge, 1 its right edge</source>
        <translation>批注的位置：0 为绘图区左边缘，1 为右边缘</translation>
    </message>
    <message>
        <source>Where the note sits: 0 is the plot&apos;s top, 1 its bottom</source>
        <translation>批注的位置：0 为绘图区顶部，1 为底部</translation>
    </message>
    <message>
        <source>What to say, what to ask: only the presenter sees it</source>
        <translation>要讲什么、问什么：只有演示者能看到</translation>
    </message>
    <message>
        <source>across</source>
        <translation>水平</translation>
    </message>
    <message>
        <source>down</source>
        <translation>垂直</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Writing in:</source>
        <translation>书写语言(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>说明(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Note on chart:</source>
        <translation>图表批注(&amp;N)：</translation>
    </message>
    <message>
        <source>P&amp;laced:</source>
        <translation>位置(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Presenter notes:</source>
        <translation>演示者备注(&amp;P)：</translation>
    </message>
    <message>
        <source>Lesson editor</source>
        <translation>课程编辑器</translation>
    </message>
</context>
<context>
    <name>tce::LessonExport</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>tce::MainWindow</name>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Drag the sliders on the left; hover a chart for exact values.</source>
        <translation>拖动左侧的滑块；将鼠标悬停在图表上可查看精确数值。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>打开场景(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save scenario</source>
        <translation>保存场景(&amp;S)</translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>场景另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import config.json…</source>
        <translation>导入 config.json(&amp;I)…</translation>
    </message>
    <message>
        <source>Read a model architecture from a Hugging Face config.json</source>
        <translation>从 Hugging Face 的 config.json 读取模型架构</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, JPEG, SVG, PDF or CSV; or every chart at once</source>
        <translation>将图表保存为 PNG、JPEG、SVG、PDF 或 CSV；也可一次导出所有图表</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>复制图表(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the chart as an image, as it is on screen</source>
        <translation>按屏幕上的样子将图表复制为图像</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pin as A (compare)</source>
        <translation>固定为 A（对比）(&amp;P)</translation>
    </message>
    <message>
        <source>Keep the current scenario as A, drawn dashed on every chart while you change B</source>
        <translation>将当前场景保留为 A，在你修改 B 时以虚线绘制在每张图表上</translation>
    </message>
    <message>
        <source>C&amp;lear A</source>
        <translation>清除 A(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, large type, only the chart and the lesson (Esc leaves)</source>
        <translation>全屏、大字号，只显示图表和课程（按 Esc 退出）</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Token Cost Explorer</source>
        <translation>关于 Token Cost Explorer(&amp;A)</translation>
    </message>
    <message>
        <source>Pinned A: %1 on %2, %3 in / %4 out, batch %5: change the scenario to compare</source>
        <translation>已固定 A：%2 上的 %1，输入 %3 / 输出 %4，批大小 %5：修改场景即可对比</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>帮助内容(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>新建场景(&amp;N)</translation>
    </message>
    <message>
        <source>Start again from the default scenario</source>
        <translation>从默认场景重新开始</translation>
    </message>
    <message>
        <source>Export &amp;lesson…</source>
        <translation>导出课程(&amp;L)…</translation>
    </message>
    <message>
        <source>Save the lesson as PDF slides, a handout, or PNG or SVG files</source>
        <translation>将课程保存为 PDF 幻灯片、讲义或 PNG、SVG 文件</translation>
    </message>
</context>
<context>
    <name>tce::MarginHistogramView</name>
    <message>
        <source>Margin of one request: revenue minus cost (USD)</source>
        <translation>单个请求的利润率：收入减去成本（美元）</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>margin %1</source>
        <translation>利润率 %1</translation>
    </message>
    <message>
        <source>%1 requests have a margin between %2 and %3: what they pay (input tokens × input price + output tokens × output price) minus their share of GPU time (their prefill and every decode step). Long outputs sit to the left: each of their steps reads a longer cache.</source>
        <translation>%1 个请求的利润率在 %2 到 %3 之间：即它们支付的金额（输入 token × 输入价格 + 输出 token × 输出价格）减去它们分摊的 GPU 时间（各自的预填充和每个解码步骤）。长输出位于左侧：它们的每一步都要读取更长的缓存。</translation>
    </message>
    <message>
        <source>Requests at a loss: %1%</source>
        <translation>亏损请求：%1%</translation>
    </message>
    <message>
        <source>Profitable requests</source>
        <translation>盈利请求</translation>
    </message>
    <message>
        <source>mean %1 per request</source>
        <translation>平均每个请求 %1</translation>
    </message>
    <message>
        <source>prices of %1 (its long-context tier applies)</source>
        <translation>%1 的价格（适用其长上下文档位）</translation>
    </message>
    <message>
        <source>prices %1 in / %2 out per 1M</source>
        <translation>价格：每 1M 输入 %1 / 输出 %2</translation>
    </message>
    <message>
        <source>%1: %2 requests at batch %3
%4
most expensive 1% of requests: %5% of the cost
output price for a %6% margin: %7 per 1M</source>
        <translation>%1：%2 个请求，批大小 %3
%4
最贵的 1% 请求：占成本的 %5%
达到 %6% 利润率所需的输出价格：每 1M %7</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 个请求</translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests</source>
        <translation>
            <numerusform>%Ln 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>Bin width</source>
        <translation>区间宽度</translation>
    </message>
</context>
<context>
    <name>tce::MarginMapView</name>
    <message>
        <source>Margin per request (USD)</source>
        <translation>每个请求的利润率（美元）</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>输入 token</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>输出 token</translation>
    </message>
    <message>
        <source>A request of %1 input and %2 output tokens at batch %3 costs %4 of GPU time and brings in %5: margin %6.</source>
        <translation>一个含 %1 个输入 token、%2 个输出 token 的请求，在批大小 %3 下的 GPU 时间成本为 %4，带来 %5 的收入：利润率 %6。</translation>
    </message>
    <message>
        <source>%1 input tokens</source>
        <translation>%1 个输入 token</translation>
    </message>
    <message>
        <source>%1 output tokens</source>
        <translation>%1 个输出 token</translation>
    </message>
    <message>
        <source>Margin at %1 in / %2 out per 1M</source>
        <translation>每 1M 输入 %1 / 输出 %2 时的利润率</translation>
    </message>
    <message>
        <source>Break-even: longer outputs lose money</source>
        <translation>盈亏平衡线：输出更长的请求亏损</translation>
    </message>
    <message>
        <source>Requests of %1</source>
        <translation>%1 中的请求</translation>
    </message>
    <message>
        <source>Margin per request</source>
        <translation>每个请求的利润率</translation>
    </message>
    <message>
        <source>Cost per request</source>
        <translation>每个请求的成本</translation>
    </message>
</context>
<context>
    <name>tce::PerTokenCostView</name>
    <message>
        <source>FLOPs</source>
        <translation>FLOPs</translation>
    </message>
    <message>
        <source>Bytes moved</source>
        <translation>搬运字节数</translation>
    </message>
    <message>
        <source>GPU time</source>
        <translation>GPU 时间</translation>
    </message>
    <message>
        <source>Dollars</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>Per-token metric</source>
        <translation>每 token 指标</translation>
    </message>
    <message>
        <source>Token position (prompt, then output)</source>
        <translation>token 位置（先提示词，后输出）</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>位置 %1</translation>
    </message>
    <message>
        <source>FLOPs per token</source>
        <translation>每 token FLOPs</translation>
    </message>
    <message>
        <source>Bytes moved per token</source>
        <translation>每 token 搬运字节数</translation>
    </message>
    <message>
        <source>GPU time per token</source>
        <translation>每 token GPU 时间</translation>
    </message>
    <message>
        <source>Cost per token (USD)</source>
        <translation>每 token 成本（美元）</translation>
    </message>
    <message>
        <source>Prompt tokens: one parallel prefill run</source>
        <translation>提示词 token：一次并行的预填充运行</translation>
    </message>
    <message>
        <source>Output tokens: one decode run each</source>
        <translation>输出 token：每个一次解码运行</translation>
    </message>
    <message>
        <source>Output tokens: one full re-run each (no KV cache)</source>
        <translation>输出 token：每个完整重算一遍（无 KV 缓存）</translation>
    </message>
    <message>
        <source>prompt ends · output begins</source>
        <translation>提示词结束 · 输出开始</translation>
    </message>
    <message>
        <source>attention to %1 keys: 2 × %2 layers × %3 heads × (%4 + %5 dims) × %1 = %6</source>
        <translation>对 %1 个键的注意力：2 × %2 层 × %3 个头 × (%4 + %5 维) × %1 = %6</translation>
    </message>
    <message>
        <source>Prompt token %1, in the prefill:
matmuls 2 × %2 parameters = %3
+ %4
= %5</source>
        <translation>提示词 token %1，在预填充中：
矩阵乘法 2 × %2 个参数 = %3
+ %4
= %5</translation>
    </message>
    <message>
        <source>Output token from the decode step at position %1:
matmuls and logits 2 × %2 parameters = %3
+ %4
= %5</source>
        <translation>位置 %1 处解码步骤产生的输出 token：
矩阵乘法与 logits 2 × %2 个参数 = %3
+ %4
= %5</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>访存</translation>
    </message>
    <message>
        <source>Prompt token %1: the prefill of %2 tokens × %3 prompts takes %4 (%5-bound: %6 at %7), shared by all of its %8 tokens: %9 each.</source>
        <translation>提示词 token %1：%2 个 token × %3 个提示词的预填充耗时 %4（%5受限：%6，速度 %7），由其全部 %8 个 token 分摊：每个 %9。</translation>
    </message>
    <message>
        <source>Decode step at position %1 for %2 sequences: reads the weights once (%3) and every sequence&apos;s cache of %1 tokens (%4 each): %5 at %6 = %7 (%8-bound), plus %9 overhead. Each sequence&apos;s share: %10, %11 at %12 per GPU-hour.</source>
        <translation>位置 %1 处、%2 个序列的解码步骤：读取一次权重（%3）以及每个序列 %1 个 token 的缓存（每个 %4）：%5，速度 %6 = %7（%8受限），再加上 %9 开销。每个序列分摊：%10，按每 GPU 小时 %12 计为 %11。</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>Energy per token (joules)</source>
        <translation>每 token 能耗（焦耳）</translation>
    </message>
    <message>
        <source>What to plot per token: the arithmetic it needs (FLOPs), the memory traffic it causes, its share of GPU time, its share of the GPU bill, or its share of the energy the GPUs draw.</source>
        <translation>每个 token 绘制哪项指标：所需的运算量（FLOPs）、造成的访存量、分摊的 GPU 时间、分摊的 GPU 费用，或分摊的 GPU 能耗。</translation>
    </message>
    <message>
        <source>Cached prompt tokens: read from the prompt cache, no prefill</source>
        <translation>已缓存的提示词 token：从提示词缓存读取，无需预填充</translation>
    </message>
    <message>
        <source>Reasoning tokens: decoded and billed, never shown</source>
        <translation>推理 token：经过解码并计费，但从不显示</translation>
    </message>
    <message>
        <source>cached prefix ends</source>
        <translation>缓存前缀结束</translation>
    </message>
    <message>
        <source>reasoning ends · visible answer begins</source>
        <translation>推理结束 · 可见回答开始</translation>
    </message>
    <message>
        <source>Prompt token %1 came from the prompt cache: this request computes nothing for it, and bills it at the cache-read price. Its KV (%2) is still read by every decode step and still holds memory.</source>
        <translation>提示词 token %1 来自提示词缓存：该请求无需为它做任何计算，并按缓存读取价格计费。它的 KV（%2）仍会被每个解码步骤读取，并继续占用显存。</translation>
    </message>
    <message>
        <source>A hidden reasoning token: decoded and billed like output, never shown. </source>
        <translation>一个隐藏的推理 token：像输出一样解码并计费，但从不显示。</translation>
    </message>
    <message>
        <source>The hardware file gives no board and idle power for %1.</source>
        <translation>硬件文件未给出 %1 的板卡功耗和空闲功耗。</translation>
    </message>
    <message>
        <source>Position %1: the run takes %2 (%3-bound) while the GPUs draw %4 W (between idle %5 W and board %6 W each, by how busy the run keeps them): %7, shared by %8 tokens: %9 each.</source>
        <translation>位置 %1：该运行耗时 %2（%3受限），期间 GPU 功率为 %4 W（每块介于空闲 %5 W 与板卡 %6 W 之间，取决于该运行让 GPU 有多忙）：%7，由 %8 个 token 分摊：每个 %9。</translation>
    </message>
    <message>
        <source>Compute takes longer: %1, of which %2 unpacks the quantized weights.</source>
        <translation>计算耗时更长：%1，其中 %2 用于解包量化权重。</translation>
    </message>
    <message>
        <source>Compute takes longer: %1.</source>
        <translation>计算耗时更长：%1。</translation>
    </message>
    <message>
        <source>Without flash attention the attention scores also go through memory: %1 at %2, %3 more.</source>
        <translation>不使用 Flash Attention 时，注意力分数还要经过显存：%1，速率 %2，多用 %3。</translation>
    </message>
</context>
<context>
    <name>tce::PresentationMode</name>
    <message>
        <source>Present &amp;on</source>
        <translation>演示屏幕(&amp;O)</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1（%2×%3）</translation>
    </message>
    <message>
        <source>P&amp;resenter view</source>
        <translation>演示者视图(&amp;R)</translation>
    </message>
    <message>
        <source>When presenting, show your notes, the next step and a clock on another screen; with one screen, P switches views</source>
        <translation>演示时，在另一块屏幕上显示你的备注、下一步和时钟；只有一块屏幕时，按 P 切换视图</translation>
    </message>
</context>
<context>
    <name>tce::PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>演示者视图</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No lesson is open.</source>
        <translation>没有打开的课程。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>此步骤没有备注。</translation>
    </message>
    <message>
        <source>End of lesson</source>
        <translation>课程结束</translation>
    </message>
    <message>
        <source>%1 · presenting %2</source>
        <translation>%1 · 已演示 %2</translation>
    </message>
</context>
<context>
    <name>tce::PriceRatioView</name>
    <message>
        <source>API list prices (catalog)</source>
        <translation>API 标价（目录）</translation>
    </message>
    <message>
        <source>Output / input price ratio</source>
        <translation>输出/输入价格比</translation>
    </message>
    <message>
        <source>%1 output / %2 input per 1M</source>
        <translation>每 1M 输出 %1 / 输入 %2</translation>
    </message>
    <message>
        <source>%1: %2 = %3. In the scenario an output token costs %4 an input token: %5 per 1M output / %6 per 1M input.</source>
        <translation>%1：%2 = %3。在本场景中，一个输出 token 的成本是一个输入 token 的 %4：每 1M 输出 %5 / 每 1M 输入 %6。</translation>
    </message>
    <message>
        <source>Output price / input price, per API (%1 to %2)</source>
        <translation>各 API 的输出价格/输入价格（%1 到 %2）</translation>
    </message>
    <message>
        <source>Output / input cost here: %1 (%2, batch %3)</source>
        <translation>此处的输出/输入成本比：%1（%2，批大小 %3）</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Cost at the serving load</source>
        <translation>服务负载下的成本</translation>
    </message>
    <message>
        <source>At the serving load the replica&apos;s GPU time, spread over the tokens it served, comes to %1 per 1M output and %2 per 1M input tokens: %3. Each run&apos;s time is split between its prompt and its output tokens by what bounds the run (FLOPs or bytes). The static figure, one batch of one request shape, is %4.</source>
        <translation>在服务负载下，副本的 GPU 时间分摊到它所服务的 token 上，每 1M 输出 token 为 %1，每 1M 输入 token 为 %2：%3。每次运行的时间按限制该运行的因素（FLOPs 或字节）在其提示词 token 与输出 token 之间分摊。静态数值（一个批次、单一请求形态）为 %4。</translation>
    </message>
    <message>
        <source>Output / input cost at the serving load: %1 (%2, simulated)</source>
        <translation>服务负载下的输出/输入成本比：%1（%2，模拟）</translation>
    </message>
    <message>
        <source>Cost here
at %1</source>
        <translation>此处成本
%1 时</translation>
    </message>
</context>
<context>
    <name>tce::PromptCacheView</name>
    <message>
        <source>Cache hit rate (share of requests that read the prefix)</source>
        <translation>缓存命中率（读取该前缀的请求所占比例）</translation>
    </message>
    <message>
        <source>One request (USD)</source>
        <translation>单个请求（美元）</translation>
    </message>
    <message>
        <source>hit rate %1</source>
        <translation>命中率 %1</translation>
    </message>
    <message>
        <source>Price with the cache: reads at %1, writes at %2 per 1M</source>
        <translation>使用缓存的价格：每 1M 读取 %1、写入 %2</translation>
    </message>
    <message>
        <source>Price without: every prompt token at %1 per 1M</source>
        <translation>不使用缓存的价格：每个提示词 token 按每 1M %1 计</translation>
    </message>
    <message>
        <source>GPU cost with the cache: a hit skips the prefix&apos;s prefill</source>
        <translation>使用缓存的 GPU 成本：命中时跳过前缀的预填充</translation>
    </message>
    <message>
        <source>GPU cost without: the whole prompt prefilled</source>
        <translation>不使用缓存的 GPU 成本：整个提示词都要预填充</translation>
    </message>
    <message>
        <source>this request: writes the cache</source>
        <translation>当前请求：写入缓存</translation>
    </message>
    <message>
        <source>this request: a hit</source>
        <translation>当前请求：命中</translation>
    </message>
    <message>
        <source>Prefix: %1 of %2 prompt tokens (90%, assumed: the scenario sets none)</source>
        <translation>前缀：%2 个提示词 token 中的 %1 个（假定为 90%：场景未设置前缀）</translation>
    </message>
    <message>
        <source>Prefix: %1 of %2 prompt tokens</source>
        <translation>前缀：%2 个提示词 token 中的 %1 个</translation>
    </message>
    <message>
        <source>A write costs no more than input: every hit saves</source>
        <translation>写入不比输入贵：每次命中都能省钱</translation>
    </message>
    <message>
        <source>A cache read costs as much as input: caching never pays</source>
        <translation>缓存读取与输入一样贵：缓存永远不划算</translation>
    </message>
    <message>
        <source>At a hit rate of %1: price %1 × %2 (a hit) + %3 × %4 (a write) = %5, against %6 without the cache. GPU cost %1 × %7 + %3 × %8 = %9, against %8 without: a hit skips the prefill of %10 prefix tokens, while their KV is still read by every decode step.</source>
        <translation>命中率为 %1 时：价格 %1 × %2（命中）+ %3 × %4（写入）= %5，不使用缓存则为 %6。GPU 成本 %1 × %7 + %3 × %8 = %9，不使用缓存则为 %8：命中时跳过 %10 个前缀 token 的预填充，但它们的 KV 仍会被每个解码步骤读取。</translation>
    </message>
    <message>
        <source>caching pays the buyer above a hit rate of %1</source>
        <translation>命中率超过 %1 时，缓存对买方划算</translation>
    </message>
</context>
<context>
    <name>tce::RequestFeaturesGroup</name>
    <message>
        <source>Caching, reasoning, speculation, energy</source>
        <translation>缓存、推理、推测解码、能耗</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
    <message>
        <source>The first tokens of the prompt that an earlier request left in the prompt cache (a system prompt, a document). A hit skips their prefill, but every decode step still reads their keys and values, and they hold memory.</source>
        <translation>提示词开头由之前的请求留在提示词缓存中的那部分 token（系统提示词、文档）。命中时跳过它们的预填充，但每个解码步骤仍要读取它们的键和值，且它们仍占用显存。</translation>
    </message>
    <message>
        <source>This request writes the cache (a miss)</source>
        <translation>此请求写入缓存（未命中）</translation>
    </message>
    <message>
        <source>A miss: the whole prompt is prefilled and the prefix is stored, billed at the cache-write price.</source>
        <translation>未命中：整个提示词都要预填充，前缀被存入缓存，按缓存写入价格计费。</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>input price</source>
        <translation>输入价格</translation>
    </message>
    <message>
        <source>API price per 1M prompt tokens read from the cache (0: the input price). Providers charge about a tenth of the input price.</source>
        <translation>从缓存读取的提示词 token 每 1M 的 API 价格（0：按输入价格）。服务商的收费约为输入价格的十分之一。</translation>
    </message>
    <message>
        <source>API price per 1M prompt tokens written to the cache (0: the input price). Anthropic charges 1.25x the input price for a 5-minute write.</source>
        <translation>写入缓存的提示词 token 每 1M 的 API 价格（0：按输入价格）。对于 5 分钟的缓存写入，Anthropic 收取输入价格的 1.25 倍。</translation>
    </message>
    <message>
        <source>Hidden reasoning before the visible answer: decoded like output, held in the KV cache, billed at the output price, never shown.</source>
        <translation>可见回答之前的隐藏推理：像输出一样解码，保存在 KV 缓存中，按输出价格计费，但从不显示。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Draft head (EAGLE)</source>
        <translation>草稿头（EAGLE）</translation>
    </message>
    <message>
        <source>Speculative decoding: a draft proposes k tokens, one run of the target checks all k + 1 positions. A head on the target&apos;s hidden states (EAGLE), or a smaller model run on the same GPUs.</source>
        <translation>推测解码：草稿提出 k 个 token，目标模型运行一次即可校验全部 k + 1 个位置。草稿可以是基于目标模型隐藏状态的预测头（EAGLE），也可以是在同一批 GPU 上运行的较小模型。</translation>
    </message>
    <message>
        <source>Draft length k: tokens proposed per round.</source>
        <translation>草稿长度 k：每轮提出的 token 数。</translation>
    </message>
    <message>
        <source>Acceptance rate α: the chance that the target keeps a draft token. A round yields (1 − α^(k+1)) / (1 − α) tokens on average.</source>
        <translation>接受率 α：目标模型保留一个草稿 token 的概率。每轮平均产出 (1 − α^(k+1)) / (1 − α) 个 token。</translation>
    </message>
    <message>
        <source> g CO₂/kWh</source>
        <translation> g CO₂/kWh</translation>
    </message>
    <message>
        <source>The grid&apos;s carbon intensity, for the energy figures&apos; CO₂ (the world average was 480 g/kWh in 2024, Ember).</source>
        <translation>电网的碳强度，用于计算能耗数据对应的 CO₂（据 Ember 统计，2024 年全球平均值为 480 g/kWh）。</translation>
    </message>
    <message>
        <source>Cache read / 1M</source>
        <translation>缓存读取 / 1M</translation>
    </message>
    <message>
        <source>Cache write / 1M</source>
        <translation>缓存写入 / 1M</translation>
    </message>
    <message>
        <source>&amp;Speculative draft</source>
        <translation>推测草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Draft tokens k</source>
        <translation>草稿 token 数 k</translation>
    </message>
    <message>
        <source>Acceptance α</source>
        <translation>接受率 α</translation>
    </message>
    <message>
        <source>Grid intensity</source>
        <translation>电网碳强度</translation>
    </message>
    <message>
        <source>Change cached prefix</source>
        <translation>更改缓存前缀</translation>
    </message>
    <message>
        <source>Write the prompt cache</source>
        <translation>写入提示词缓存</translation>
    </message>
    <message>
        <source>Read the prompt cache</source>
        <translation>读取提示词缓存</translation>
    </message>
    <message>
        <source>Change cache-read price</source>
        <translation>更改缓存读取价格</translation>
    </message>
    <message>
        <source>Change cache-write price</source>
        <translation>更改缓存写入价格</translation>
    </message>
    <message>
        <source>Change reasoning tokens</source>
        <translation>更改推理 token 数</translation>
    </message>
    <message>
        <source>Change speculative draft</source>
        <translation>更改推测草稿</translation>
    </message>
    <message>
        <source>Change draft tokens</source>
        <translation>更改草稿 token 数</translation>
    </message>
    <message>
        <source>Change acceptance rate</source>
        <translation>更改接受率</translation>
    </message>
    <message>
        <source>Change grid intensity</source>
        <translation>更改电网碳强度</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Under load (the Serving and Timeline charts): the share of requests that find the prefix in the cache. The others prefill it in full.</source>
        <translation>负载下（“服务”和“时间线”图表）：在缓存中找到该前缀的请求所占比例。其余请求要对该前缀完整地预填充。</translation>
    </message>
    <message>
        <source>Hits under load</source>
        <translation>负载下命中率</translation>
    </message>
    <message>
        <source>Change cache hits under load</source>
        <translation>更改负载下的缓存命中率</translation>
    </message>
    <message>
        <source>Cached pre&amp;fix</source>
        <translation>缓存前缀(&amp;X)</translation>
    </message>
    <message>
        <source>Hi&amp;dden reasoning tokens</source>
        <translation>隐藏推理 token(&amp;S)</translation>
    </message>
</context>
<context>
    <name>tce::RooflineView</name>
    <message>
        <source>Arithmetic intensity (FLOPs per byte moved)</source>
        <translation>算术强度（每搬运一字节的 FLOPs）</translation>
    </message>
    <message>
        <source>Attained FLOP/s</source>
        <translation>实际达到的 FLOP/s</translation>
    </message>
    <message>
        <source>%1 FLOP/byte</source>
        <translation>%1 FLOP/字节</translation>
    </message>
    <message>
        <source>Arithmetic intensity %1 FLOP per byte moved. The GPU&apos;s ridge is at peak / bandwidth = %2 / %3 = %4 FLOP/byte: below it a run waits on memory, above it on arithmetic. Here: %5.
Prefill: %6 FLOP/byte, decode: %7 FLOP/byte.</source>
        <translation>算术强度：每搬运一字节 %1 FLOP。GPU 的拐点位于 峰值 / 带宽 = %2 / %3 = %4 FLOP/字节：低于拐点时运行受限于访存，高于拐点时受限于计算。此处：%5。
预填充：%6 FLOP/字节，解码：%7 FLOP/字节。</translation>
    </message>
    <message>
        <source>Hardware roofline: %1, %2</source>
        <translation>硬件 Roofline 模型：%1，%2</translation>
    </message>
    <message>
        <source>Engine efficiency: %1</source>
        <translation>引擎效率：%1</translation>
    </message>
    <message>
        <source>Prefill (%1 prompts of %2 tokens)</source>
        <translation>预填充（%1 个提示词，每个 %2 个 token）</translation>
    </message>
    <message>
        <source>Decode step (batch of %1)</source>
        <translation>解码步骤（批大小 %1）</translation>
    </message>
    <message>
        <source>ridge %1 FLOP/byte</source>
        <translation>拐点 %1 FLOP/字节</translation>
    </message>
    <message>
        <source>prefill</source>
        <translation>预填充</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>解码</translation>
    </message>
</context>
<context>
    <name>tce::ScenarioPanel</name>
    <message>
        <source>Model and hardware</source>
        <translation>模型与硬件</translation>
    </message>
    <message>
        <source>The model architecture: layers, width, attention heads, experts. Choose a preset or import a Hugging Face config.json (you can also drop one on the window).</source>
        <translation>模型架构：层数、宽度、注意力头、专家。可选择预设，或导入 Hugging Face 的 config.json（也可以直接拖放到窗口上）。</translation>
    </message>
    <message>
        <source>The accelerator: its peak FLOP/s, memory bandwidth and memory size.</source>
        <translation>加速器：其峰值 FLOP/s、显存带宽和显存容量。</translation>
    </message>
    <message>
        <source>GPUs serving one copy of the model with tensor parallelism: they split every layer and exchange activations twice per layer.</source>
        <translation>以张量并行方式共同运行一份模型副本的 GPU 数：它们切分每一层，并在每层交换两次激活值。</translation>
    </message>
    <message>
        <source>How the weights are stored. Fewer bits mean fewer bytes to stream per decode step; fp8 and int8 also compute faster on hardware that supports them.</source>
        <translation>权重的存储方式。位数越少，每个解码步骤需要读取的字节就越少；在支持的硬件上，fp8 和 int8 的计算也更快。</translation>
    </message>
    <message>
        <source>How keys and values are stored in the KV cache.</source>
        <translation>KV 缓存中键和值的存储方式。</translation>
    </message>
    <message>
        <source>The serving engine&apos;s profile: how close it gets to the hardware&apos;s peak (efficiencies), its fixed cost per run, and the memory it keeps for itself. &apos;Ideal roofline&apos; is the textbook bound.</source>
        <translation>推理服务引擎的配置：它能多接近硬件峰值（效率）、每次运行的固定开销，以及它为自身保留的显存。“Ideal roofline”（理想 Roofline 模型）即教科书中的理论上限。</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Hardware</source>
        <translation>硬件(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;GPUs</source>
        <translation>GPU 数(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>权重(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;KV cache</source>
        <translation>KV 缓存(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>引擎(&amp;E)</translation>
    </message>
    <message>
        <source>Request and batch</source>
        <translation>请求与批次</translation>
    </message>
    <message>
        <source>Prompt length I: tokens processed together in one prefill run.</source>
        <translation>提示词长度 I：在一次预填充运行中一起处理的 token 数。</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>输入 token</translation>
    </message>
    <message>
        <source>Output length O: each output token needs one more run over the whole model.</source>
        <translation>输出长度 O：每个输出 token 都需要对整个模型再运行一次。</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>输出 token</translation>
    </message>
    <message>
        <source>Sequences decoded together: they share one read of the weights per step.</source>
        <translation>一起解码的序列数：它们在每一步共享一次权重读取。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Use a KV cache</source>
        <translation>使用 KV 缓存</translation>
    </message>
    <message>
        <source>Keep every token&apos;s keys and values, so each output token runs the model once over one token. Off: every output token recomputes the whole prefix.</source>
        <translation>保留每个 token 的键和值，这样每个输出 token 只需让模型对一个 token 运行一次。关闭时：每个输出 token 都要重新计算整个前缀。</translation>
    </message>
    <message>
        <source>&amp;Input tokens</source>
        <translation>输入 token(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Output tokens</source>
        <translation>输出 token(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Batch size</source>
        <translation>批大小(&amp;B)</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>What one GPU costs per hour (rental or amortised).</source>
        <translation>一块 GPU 每小时的成本（租用或折旧摊销）。</translation>
    </message>
    <message>
        <source>An API&apos;s list price, to compare with the cost: dated presets, editable below.</source>
        <translation>某个 API 的标价，用于与成本比较：带日期的预设，可在下方编辑。</translation>
    </message>
    <message>
        <source>API price per 1M input tokens.</source>
        <translation>每 1M 输入 token 的 API 价格。</translation>
    </message>
    <message>
        <source>API price per 1M output tokens.</source>
        <translation>每 1M 输出 token 的 API 价格。</translation>
    </message>
    <message>
        <source>GPU-&amp;hour</source>
        <translation>GPU 小时价(&amp;H)</translation>
    </message>
    <message>
        <source>API &amp;price</source>
        <translation>API 价格(&amp;P)</translation>
    </message>
    <message>
        <source>Input / 1M</source>
        <translation>输入 / 1M</translation>
    </message>
    <message>
        <source>Output / 1M</source>
        <translation>输出 / 1M</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>The engine profile&apos;s factors. They start from published measurements (see Help &gt; About) and can be changed.</source>
        <translation>引擎配置的各项系数。初始值来自公开发表的实测数据（见“帮助 &gt; 关于”），可以修改。</translation>
    </message>
    <message>
        <source>Share of the peak FLOP/s reached in compute-bound runs (prefill).</source>
        <translation>在计算受限的运行（预填充）中达到的峰值 FLOP/s 比例。</translation>
    </message>
    <message>
        <source>Share of the peak memory bandwidth reached in memory-bound runs (decode).</source>
        <translation>在访存受限的运行（解码）中达到的峰值显存带宽比例。</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Fixed time per run: scheduling, kernel launches, sampling.</source>
        <translation>每次运行的固定时间：调度、内核启动、采样。</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>GPU memory the engine leaves unused.</source>
        <translation>引擎保留不用的 GPU 显存。</translation>
    </message>
    <message>
        <source>same as batch</source>
        <translation>与批大小相同</translation>
    </message>
    <message>
        <source>Prompts prefilled in one run. 0: as many as the batch.</source>
        <translation>一次运行中预填充的提示词数。0：与批大小相同。</translation>
    </message>
    <message>
        <source>Compute efficiency</source>
        <translation>计算效率</translation>
    </message>
    <message>
        <source>Memory efficiency</source>
        <translation>访存效率</translation>
    </message>
    <message>
        <source>Overhead per run</source>
        <translation>每次运行开销</translation>
    </message>
    <message>
        <source>Memory reserve</source>
        <translation>显存预留</translation>
    </message>
    <message>
        <source>Prefill batch</source>
        <translation>预填充批大小</translation>
    </message>
    <message>
        <source>Change model</source>
        <translation>更改模型</translation>
    </message>
    <message>
        <source>Change hardware</source>
        <translation>更改硬件</translation>
    </message>
    <message>
        <source>Change engine</source>
        <translation>更改引擎</translation>
    </message>
    <message>
        <source>Change API price</source>
        <translation>更改 API 价格</translation>
    </message>
    <message>
        <source>Change GPU count</source>
        <translation>更改 GPU 数量</translation>
    </message>
    <message>
        <source>Change weight format</source>
        <translation>更改权重格式</translation>
    </message>
    <message>
        <source>Change KV cache format</source>
        <translation>更改 KV 缓存格式</translation>
    </message>
    <message>
        <source>Change input length</source>
        <translation>更改输入长度</translation>
    </message>
    <message>
        <source>Change output length</source>
        <translation>更改输出长度</translation>
    </message>
    <message>
        <source>Change batch size</source>
        <translation>更改批大小</translation>
    </message>
    <message>
        <source>Use the KV cache</source>
        <translation>使用 KV 缓存</translation>
    </message>
    <message>
        <source>Turn off the KV cache</source>
        <translation>关闭 KV 缓存</translation>
    </message>
    <message>
        <source>Change GPU-hour price</source>
        <translation>更改 GPU 小时价</translation>
    </message>
    <message>
        <source>custom price</source>
        <translation>自定义价格</translation>
    </message>
    <message>
        <source>Change input price</source>
        <translation>更改输入价格</translation>
    </message>
    <message>
        <source>Change output price</source>
        <translation>更改输出价格</translation>
    </message>
    <message>
        <source>Change compute efficiency</source>
        <translation>更改计算效率</translation>
    </message>
    <message>
        <source>Change memory efficiency</source>
        <translation>更改访存效率</translation>
    </message>
    <message>
        <source>Change overhead per run</source>
        <translation>更改每次运行开销</translation>
    </message>
    <message>
        <source>Change memory reserve</source>
        <translation>更改显存预留</translation>
    </message>
    <message>
        <source>Change prefill batch</source>
        <translation>更改预填充批大小</translation>
    </message>
    <message>
        <source>Import config.json…</source>
        <translation>导入 config.json…</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1（已导入）</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash Attention</translation>
    </message>
    <message>
        <source>Turn on flash attention</source>
        <translation>开启 Flash Attention</translation>
    </message>
    <message>
        <source>Turn off flash attention</source>
        <translation>关闭 Flash Attention</translation>
    </message>
    <message>
        <source>Attention in one kernel, its scores kept on chip. Off (llama.cpp -fa 0): every micro-batch of %1 tokens writes its scores to memory and reads them back, %2 bytes per score, head and layer, so a long prompt is slower per token than a short one.</source>
        <translation>注意力在一个内核中完成，分数保留在芯片上。关闭时（llama.cpp -fa 0）：每个 %1 个 token 的微批次把分数写入显存再读回，每个分数、每个头、每层 %2 字节，因此长提示词每个 token 比短提示词慢。</translation>
    </message>
    <message>
        <source>%1 always runs attention in one kernel.</source>
        <translation>%1 始终在一个内核中计算注意力。</translation>
    </message>
</context>
<context>
    <name>tce::ScenarioWarnings</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Input + output = %1 tokens exceed the model&apos;s context window of %2 tokens: the model cannot run this request; the numbers assume it could.</source>
        <translation>输入 + 输出 = %1 个 token，超出了模型 %2 个 token 的上下文窗口：模型无法运行该请求；这些数字假定它可以运行。</translation>
    </message>
    <message>
        <source>The weights need %1 but only %2 of GPU memory is usable: the weights do not fit; use more GPUs, GPUs with more memory or fewer bits per weight. The numbers assume they fit.</source>
        <translation>权重需要 %1，但可用的 GPU 显存只有 %2：权重放不下；请使用更多 GPU、显存更大的 GPU，或减少每个权重的位数。这些数字假定权重放得下。</translation>
    </message>
    <message>
        <source>One sequence&apos;s KV cache needs %1 but only %2 is left after the weights: not even one sequence fits; shorten the input or output, store the KV cache in fewer bits or use more GPUs. The numbers assume it fits.</source>
        <translation>一个序列的 KV 缓存需要 %1，但放下权重后只剩 %2：连一个序列都放不下；请缩短输入或输出、以更少的位数存储 KV 缓存，或使用更多 GPU。这些数字假定它放得下。</translation>
    </message>
    <message>
        <source>The batch&apos;s KV cache needs %1 but only %2 is left after the weights: the batch does not fit; lower the batch, shorten the sequences or use more GPUs. The numbers assume it fits.</source>
        <translation>批次的 KV 缓存需要 %1，但放下权重后只剩 %2：批次放不下；请减小批大小、缩短序列，或使用更多 GPU。这些数字假定它放得下。</translation>
    </message>
</context>
<context>
    <name>tce::ServingChartView</name>
    <message>
        <source>The simulation failed: %1</source>
        <translation>模拟失败：%1</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>正在模拟…</translation>
    </message>
</context>
<context>
    <name>tce::ServingController</name>
    <message>
        <source>Drag the load</source>
        <translation>拖动负载</translation>
    </message>
</context>
<context>
    <name>tce::ServingLoadGroup</name>
    <message>
        <source>Load on the server</source>
        <translation>服务器负载</translation>
    </message>
    <message>
        <source>Clients (each waits for its answer)</source>
        <translation>客户端（各自等待回复）</translation>
    </message>
    <message>
        <source>Requests per second (at random)</source>
        <translation>每秒请求数（随机到达）</translation>
    </message>
    <message>
        <source>A trace&apos;s timestamps</source>
        <translation>轨迹自带的时间戳</translation>
    </message>
    <message>
        <source>How requests reach the simulated server (the Serving and Timeline charts): a number of clients that each send the next request when the last one is answered, as benchmarks run it; or requests arriving at random at a rate, as from many independent users.</source>
        <translation>请求如何到达模拟服务器（“服务”和“时间线”图表）：若干客户端，每个在上一个请求得到回复后发送下一个，与基准测试的做法相同；或者请求按某一速率随机到达，如同来自许多相互独立的用户。</translation>
    </message>
    <message>
        <source>Clients sending requests at once. The Serving chart sweeps 1 to 512; you can also drag the point marked &apos;This load&apos; there.</source>
        <translation>同时发送请求的客户端数。“服务”图表扫描 1 到 512；也可以在该图表中拖动标记为“此负载”的点。</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> 请求/秒</translation>
    </message>
    <message>
        <source>Requests arriving per second, at random (Poisson).</source>
        <translation>每秒到达的请求数，随机到达（泊松分布）。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>A latency target: the longest a user should wait for the first token. Goodput counts the requests per second that meet every target. 0: no target.</source>
        <translation>延迟目标：用户等待第一个 token 的最长时间。有效吞吐量（goodput）统计每秒满足所有目标的请求数。0：无目标。</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>A latency target: the longest mean time between two output tokens of a request (50 ms is 20 tokens per second, faster than anyone reads). 0: no target.</source>
        <translation>延迟目标：一个请求中两个输出 token 之间的最长平均时间（50 ms 即每秒 20 个 token，比任何人的阅读速度都快）。0：无目标。</translation>
    </message>
    <message>
        <source>Lo&amp;ad</source>
        <translation>负载(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>客户端(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Requests / s</source>
        <translation>请求/秒(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Time to first token ≤</source>
        <translation>首 token 延迟 ≤(&amp;T)</translation>
    </message>
    <message>
        <source>Time betwee&amp;n tokens ≤</source>
        <translation>token 间隔 ≤(&amp;N)</translation>
    </message>
    <message>
        <source>Load by clients</source>
        <translation>按客户端设定负载</translation>
    </message>
    <message>
        <source>Load by request rate</source>
        <translation>按请求速率设定负载</translation>
    </message>
    <message>
        <source>Change clients</source>
        <translation>更改客户端数</translation>
    </message>
    <message>
        <source>Change request rate</source>
        <translation>更改请求速率</translation>
    </message>
    <message>
        <source>Change the time-to-first-token target</source>
        <translation>更改首 token 延迟目标</translation>
    </message>
    <message>
        <source>Change the inter-token latency target</source>
        <translation>更改 token 间延迟目标</translation>
    </message>
</context>
<context>
    <name>tce::ServingLoadText</name>
    <message>
        <source>1 client</source>
        <translation>1 个客户端</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients</source>
        <translation>
            <numerusform>%Ln 个客户端</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation>每秒 %1 个请求</translation>
    </message>
    <message>
        <source>the trace&apos;s timestamps</source>
        <translation>轨迹的时间戳</translation>
    </message>
</context>
<context>
    <name>tce::ServingTimelineView</name>
    <message>
        <source>Time since the first request</source>
        <translation>自第一个请求以来的时间</translation>
    </message>
    <message>
        <source>Sequences running, requests waiting</source>
        <translation>运行中的序列、等待中的请求</translation>
    </message>
    <message>
        <source>KV cache in use (% of capacity)</source>
        <translation>已用 KV 缓存（占容量的 %）</translation>
    </message>
    <message>
        <source>Sequences running (left)</source>
        <translation>运行中的序列（左）</translation>
    </message>
    <message>
        <source>Requests waiting (left)</source>
        <translation>等待中的请求（左）</translation>
    </message>
    <message>
        <source>KV cache in use (right)</source>
        <translation>已用 KV 缓存（右）</translation>
    </message>
    <message>
        <source>Sequences running at %1 (left; mean %2, at most %3)</source>
        <translation>%1 时运行中的序列（左；平均 %2，最多 %3）</translation>
    </message>
    <message>
        <source>measured: after the warm-up, before the drain</source>
        <translation>测量区间：预热之后、排空之前</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>tce::ServingView</name>
    <message>
        <source>Output tokens per second per GPU (more load →)</source>
        <translation>每 GPU 每秒输出 token 数（负载越大 →）</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Time to first token, median</source>
        <translation>首 token 延迟，中位数</translation>
    </message>
    <message>
        <source>Time to first token, p99</source>
        <translation>首 token 延迟，p99</translation>
    </message>
    <message>
        <source>Inter-token latency, median</source>
        <translation>token 间延迟，中位数</translation>
    </message>
    <message>
        <source>Inter-token latency, p99</source>
        <translation>token 间延迟，p99</translation>
    </message>
    <message>
        <source>Best goodput: %1 requests/s within the targets (%2)</source>
        <translation>最佳有效吞吐量：每秒 %1 个请求满足目标（%2）</translation>
    </message>
    <message>
        <source>TTFT target: %1</source>
        <translation>TTFT 目标：%1</translation>
    </message>
    <message>
        <source>target between tokens (a request&apos;s mean): %1</source>
        <translation>token 间隔目标（单个请求的平均值）：%1</translation>
    </message>
    <message>
        <source>knee: %1</source>
        <translation>拐点：%1</translation>
    </message>
    <message>
        <source>This load: %1 (drag it along the curves)</source>
        <translation>此负载：%1（可沿曲线拖动）</translation>
    </message>
    <message>
        <source>%1 per GPU</source>
        <translation>每 GPU %1</translation>
    </message>
    <message>
        <source>%1 at %2: %3. The replica runs %4 sequences at once on average (at most %5; the KV cache peaks at %6 of %7), emits %8 output tokens per second (%9 per GPU) and finishes %10 requests per second.</source>
        <translation>%1，%2：%3。副本平均同时运行 %4 个序列（最多 %5 个；KV 缓存峰值为 %6，容量 %7），每秒输出 %8 个 token（每 GPU %9 个），每秒完成 %10 个请求。</translation>
    </message>
    <message>
        <source>Time to first token %1 (median) to %2 (p99); between tokens %3 to %4; a whole request %5 (median).</source>
        <translation>首 token 延迟 %1（中位数）到 %2（p99）；token 间隔 %3 到 %4；整个请求 %5（中位数）。</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Output tokens per second per GPU</source>
        <translation>每 GPU 每秒输出 token 数</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>每秒请求数</translation>
    </message>
    <message>
        <source>Goodput</source>
        <translation>有效吞吐量</translation>
    </message>
</context>
<context>
    <name>tce::SettingsMenus</name>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>语言(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>系统默认(&amp;S)</translation>
    </message>
</context>
<context>
    <name>tce::SpeculativeView</name>
    <message>
        <source>Batch size (sequences decoded together)</source>
        <translation>批大小（一起解码的序列数）</translation>
    </message>
    <message>
        <source>Decode speed-up from speculation</source>
        <translation>推测解码带来的解码加速</translation>
    </message>
    <message>
        <source>GPU cost per 1M output tokens (USD)</source>
        <translation>每 1M 输出 token 的 GPU 成本（美元）</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>批大小 %1</translation>
    </message>
    <message>
        <source>Speed-up: %1 tokens per verification run (k = %2, α = %3) (left)</source>
        <translation>加速：每次校验运行 %1 个 token（k = %2，α = %3）（左）</translation>
    </message>
    <message>
        <source>Cost per 1M output tokens, speculating (right)</source>
        <translation>每 1M 输出 token 的成本，推测解码（右）</translation>
    </message>
    <message>
        <source>Cost per 1M output tokens, one token per run (right)</source>
        <translation>每 1M 输出 token 的成本，每次运行一个 token（右）</translation>
    </message>
    <message>
        <source>no speed-up</source>
        <translation>无加速</translation>
    </message>
    <message>
        <source>slower than plain decoding from batch %1</source>
        <translation>批大小从 %1 起比普通解码更慢</translation>
    </message>
    <message>
        <source>this batch: %1</source>
        <translation>当前批大小：%1</translation>
    </message>
    <message>
        <source>Batch %1 at position %2: one plain decode step takes %3 (%4-bound) and yields one token per sequence. A speculative round drafts %5 tokens and verifies %6 positions in one run of %7 (%8-bound), %9 with the draft, and yields %10 tokens on average: %11 faster.</source>
        <translation>批大小 %1、位置 %2：一个普通解码步骤耗时 %3（%4受限），每个序列产出一个 token。一轮推测先起草 %5 个 token，再用一次耗时 %7 的运行（%8受限）校验 %6 个位置，连同起草共耗时 %9，平均产出 %10 个 token：提速 %11。</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>访存</translation>
    </message>
    <message>
        <source>The scenario sets no draft: shown with an EAGLE-style draft head, k = %1, α = %2
(set one under Caching, reasoning, speculation, energy)</source>
        <translation>该场景未设置草稿：此处按 EAGLE 式草稿头显示，k = %1，α = %2
（可在“缓存、推理、推测解码、能耗”中设置）</translation>
    </message>
</context>
<context>
    <name>tce::SpeedStreamView</name>
    <message>
        <source>Again</source>
        <translation>再来一次</translation>
    </message>
    <message>
        <source>Start both streams again.</source>
        <translation>让两个流重新开始。</translation>
    </message>
    <message>
        <source>Prompt: %1 tokens in one prefill, %2 (%3)</source>
        <translation>提示词：%1 个 token，一次预填充，%2（%3）</translation>
    </message>
    <message>
        <source>Output: one token per decode step, %1 for this sequence</source>
        <translation>输出：每个解码步骤一个 token，此序列为 %1</translation>
    </message>
</context>
<context>
    <name>tce::SpinBoxWatcher</name>
    <message>
        <source>%1 is out of range: enter a number from %2 to %3.</source>
        <translation>%1 超出范围：请输入 %2 到 %3 之间的数。</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3): set to %4.</source>
        <translation>%1 超出范围（%2 到 %3）：已设为 %4。</translation>
    </message>
</context>
<context>
    <name>tce::SummaryStrip</name>
    <message>
        <source>Time to first token</source>
        <translation>首 token 延迟</translation>
    </message>
    <message>
        <source>The prefill: one run over the whole prompt (all prompts of the prefill batch together).</source>
        <translation>预填充：对整个提示词的一次运行（预填充批次中的所有提示词一起处理）。</translation>
    </message>
    <message>
        <source>Decode speed</source>
        <translation>解码速度</translation>
    </message>
    <message>
        <source>Output tokens per second for one sequence, and for the whole batch. Each output token needs its own run over the model.</source>
        <translation>单个序列以及整个批次每秒的输出 token 数。每个输出 token 都需要对模型单独运行一次。</translation>
    </message>
    <message>
        <source>Request latency</source>
        <translation>请求延迟</translation>
    </message>
    <message>
        <source>Time to first token plus every decode step of this request.</source>
        <translation>首 token 延迟加上该请求的每个解码步骤。</translation>
    </message>
    <message>
        <source>KV cache per token</source>
        <translation>每 token KV 缓存</translation>
    </message>
    <message>
        <source>Keys and values one token leaves in GPU memory, summed over the layers.</source>
        <translation>一个 token 在 GPU 显存中留下的键和值，按所有层求和。</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>Whether the weights and the batch&apos;s KV cache fit in GPU memory, and how many sequences of this length would fit.</source>
        <translation>权重和批次的 KV 缓存能否放入 GPU 显存，以及这一长度的序列最多能放下多少个。</translation>
    </message>
    <message>
        <source>Input, per 1M tokens</source>
        <translation>输入，每 1M token</translation>
    </message>
    <message>
        <source>What a prompt token costs the provider: its share of the prefill run&apos;s GPU time.</source>
        <translation>一个提示词 token 给服务商带来的成本：它分摊的预填充运行 GPU 时间。</translation>
    </message>
    <message>
        <source>Output, per 1M tokens</source>
        <translation>输出，每 1M token</translation>
    </message>
    <message>
        <source>What an output token costs the provider: its share of one decode step&apos;s GPU time.</source>
        <translation>一个输出 token 给服务商带来的成本：它分摊的一个解码步骤的 GPU 时间。</translation>
    </message>
    <message>
        <source>Output / input cost</source>
        <translation>输出/输入成本比</translation>
    </message>
    <message>
        <source>How many times more an output token costs than an input token here, beside the ratio of the API&apos;s list prices.</source>
        <translation>这里一个输出 token 的成本是输入 token 的多少倍，旁边是 API 标价之比。</translation>
    </message>
    <message>
        <source>Cost of one request</source>
        <translation>单个请求的成本</translation>
    </message>
    <message>
        <source>This request&apos;s share of the GPU bill: its share of the prefill plus its share of every decode step. Below it, the margin at the API price.</source>
        <translation>该请求分摊的 GPU 费用：它分摊的预填充加上它分摊的每个解码步骤。下方是按 API 价格计算的利润率。</translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation>计算受限</translation>
    </message>
    <message>
        <source>memory-bound</source>
        <translation>访存受限</translation>
    </message>
    <message>
        <source>%1 for the batch of %2</source>
        <translation>批大小 %2 的整个批次：%1</translation>
    </message>
    <message>
        <source>revenue %1 · margin %2</source>
        <translation>收入 %1 · 利润率 %2</translation>
    </message>
    <message>
        <source>no API price set</source>
        <translation>未设置 API 价格</translation>
    </message>
    <message>
        <source>list price %1</source>
        <translation>标价 %1</translation>
    </message>
    <message>
        <source>list prices: %1</source>
        <translation>标价：%1</translation>
    </message>
    <message>
        <source>no list price</source>
        <translation>无标价</translation>
    </message>
    <message>
        <source>%1 for the batch at %2 tokens</source>
        <translation>整个批次在 %2 个 token 时为 %1</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>放得下</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <source>up to %1 sequences at this length</source>
        <translation>该长度下最多 %1 个序列</translation>
    </message>
    <message>
        <source>does not run: too long for the model</source>
        <translation>无法运行：对模型而言过长</translation>
    </message>
    <message>
        <source>does not run: the weights do not fit</source>
        <translation>无法运行：权重放不下</translation>
    </message>
    <message>
        <source>does not run: a sequence does not fit</source>
        <translation>无法运行：单个序列放不下</translation>
    </message>
    <message>
        <source>does not run: the batch does not fit</source>
        <translation>无法运行：批次放不下</translation>
    </message>
    <message>
        <source>prefill of 1 prompt: %1, %2</source>
        <translation>1 个提示词的预填充：%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>prefill of %Ln prompts: %1, %2</source>
        <translation>
            <numerusform>%Ln 个提示词的预填充：%1，%2</numerusform>
        </translation>
    </message>
    <message>
        <source>1 run: the prefill, no decode step</source>
        <translation>1 次运行：预填充，没有解码步骤</translation>
    </message>
    <message>
        <source>2 runs: 1 prefill + 1 decode step</source>
        <translation>2 次运行：1 次预填充 + 1 个解码步骤</translation>
    </message>
    <message numerus="yes">
        <source>%1 runs: 1 prefill + %Ln decode steps</source>
        <translation>
            <numerusform>%1 次运行：1 次预填充 + %Ln 个解码步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>up to 1 sequence at this length</source>
        <translation>该长度下最多 1 个序列</translation>
    </message>
    <message>
        <source>the weights alone (%1) exceed the %2 of usable memory</source>
        <translation>仅权重（%1）就超出了 %2 的可用显存</translation>
    </message>
    <message>
        <source>the weights fit; one sequence&apos;s KV cache (%1) does not fit in the %2 left</source>
        <translation>权重放得下；但一个序列的 KV 缓存（%1）放不进剩余的 %2</translation>
    </message>
    <message>
        <source>the batch of %1 does not fit: %2</source>
        <translation>批大小为 %1 的批次放不下：%2</translation>
    </message>
    <message>
        <source>A: %1 · B: %2</source>
        <translation>A：%1 · B：%2</translation>
    </message>
    <message>
        <source>%1 · the same</source>
        <translation>%1 · 相同</translation>
    </message>
    <message>
        <source>%1
B − A: %2</source>
        <translation>%1
B − A：%2</translation>
    </message>
    <message>
        <source>%1 (does not run)</source>
        <translation>%1（无法运行）</translation>
    </message>
    <message>
        <source>at this load</source>
        <translation>此负载下</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>%1 时</translation>
    </message>
    <message>
        <source>The serving simulation failed: %1</source>
        <translation>服务模拟失败：%1</translation>
    </message>
    <message>
        <source>The cost of the replica&apos;s GPU time at the load set under &apos;Load on the server&apos;, spread over the tokens it served (the Serving and Timeline charts).</source>
        <translation>在“服务器负载”中设定的负载下，副本 GPU 时间的成本，分摊到它所服务的 token 上（“服务”和“时间线”图表）。</translation>
    </message>
    <message>
        <source>not simulated</source>
        <translation>未模拟</translation>
    </message>
    <message>
        <source>simulating…</source>
        <translation>正在模拟…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>±%1% on GPUs not in the fit</source>
        <translation>在未参与拟合的 GPU 上 ±%1%</translation>
    </message>
    <message>
        <source>Energy of one request</source>
        <translation>单个请求的能耗</translation>
    </message>
    <message>
        <source>What the GPUs draw for this request&apos;s share of its runs, between idle and board power by how busy each run keeps them; below it, per output token and the CO₂ at the grid intensity set under Caching, reasoning, speculation, energy.</source>
        <translation>GPU 为该请求在其各次运行中所占份额消耗的能量，功率介于空闲功耗与板卡功耗之间，取决于每次运行让 GPU 有多忙；下方是每个输出 token 的能耗，以及按“缓存、推理、推测解码、能耗”中设定的电网碳强度计算的 CO₂。</translation>
    </message>
    <message>
        <source>%1 hidden reasoning + %2 visible tokens</source>
        <translation>%1 个隐藏推理 token + %2 个可见 token</translation>
    </message>
    <message>
        <source>%1 faster by speculation (%2 tokens per run)</source>
        <translation>推测解码提速 %1（每次运行 %2 个 token）</translation>
    </message>
    <message>
        <source>billed for %1 output tokens, %2 shown</source>
        <translation>按 %1 个输出 token 计费，显示 %2 个</translation>
    </message>
    <message>
        <source>%1 prompt tokens from the cache; without it %2</source>
        <translation>%1 个提示词 token 来自缓存；不使用缓存则为 %2</translation>
    </message>
    <message>
        <source>%1 per output token · %2 CO₂ at %3 g/kWh</source>
        <translation>每个输出 token %1 · %2 CO₂（按 %3 g/kWh 计）</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>no power figures for %1</source>
        <translation>%1 无功耗数据</translation>
    </message>
    <message>
        <source>no GPU-hour price for %1: set one under Prices</source>
        <translation>%1 没有 GPU 小时价格：请在“价格”中设置</translation>
    </message>
</context>
<context>
    <name>tce::TokenRunsView</name>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Prompt tokens in this small example.</source>
        <translation>这个小例子中的提示词 token 数。</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Output tokens: one run each (the prefill produces the first).</source>
        <translation>输出 token 数：每个运行一次（第一个由预填充产生）。</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Animate decoding: one more run every second.</source>
        <translation>动画演示解码：每秒多运行一次。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Show the next run.</source>
        <translation>显示下一次运行。</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Back to the prefill.</source>
        <translation>回到预填充。</translation>
    </message>
    <message>
        <source>Tokens: whose key (blue prompt, orange output)</source>
        <translation>token：键所属的 token（蓝色为提示词，橙色为输出）</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>输出 %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>KV</source>
        <translation>KV</translation>
    </message>
    <message>
        <source>Run 1: the prefill of %1 prompt tokens</source>
        <translation>运行 1：对 %1 个提示词 token 的预填充</translation>
    </message>
    <message>
        <source>Run %1: decode step at position %2</source>
        <translation>运行 %1：位置 %2 处的解码步骤</translation>
    </message>
    <message>
        <source>%1
%2 query-key dot products per head and layer
%3, %4 moved

So far (%5 of %6 runs): %7 dot products, %8, %9 moved
An output token&apos;s key is used by %10 runs on average:
about half of the %11 decode steps</source>
        <translation>%1
每个头、每层 %2 次查询-键点积
%3，搬运 %4

目前为止（%6 次运行中的 %5 次）：%7 次点积，%8，搬运 %9
一个输出 token 的键平均被 %10 次运行使用：
约为 %11 个解码步骤的一半</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>prefill</source>
        <translation>预填充</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>uses of each key</source>
        <translation>每个键的使用次数</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Token position</source>
        <translation>token 位置</translation>
    </message>
    <message>
        <source>Queries using its key</source>
        <translation>使用其键的查询数</translation>
    </message>
    <message>
        <source>Query-key dot products per head and layer</source>
        <translation>每个头、每层的查询-键点积数</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算量</translation>
    </message>
    <message>
        <source>Memory moved</source>
        <translation>访存量</translation>
    </message>
    <message>
        <source>KV cache after the run</source>
        <translation>运行后的 KV 缓存</translation>
    </message>
</context>
<context>
    <name>tce::WorkloadController</name>
    <message>
        <source>Imported %1 requests from %2</source>
        <translation>已从 %2 导入 %1 个请求</translation>
    </message>
    <message>
        <source>Imported %1 prices from %2</source>
        <translation>已从 %2 导入 %1 个价格</translation>
    </message>
    <message>
        <source>Import a request trace</source>
        <translation>导入请求轨迹</translation>
    </message>
    <message>
        <source>Trace CSV (*.csv);;All files (*)</source>
        <translation>轨迹 CSV (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not import the trace.</source>
        <translation>无法导入轨迹。</translation>
    </message>
    <message>
        <source>Import a price catalog</source>
        <translation>导入价格目录</translation>
    </message>
    <message>
        <source>Price catalogs (*.json *.csv);;All files (*)</source>
        <translation>价格目录 (*.json *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not import the price catalog.</source>
        <translation>无法导入价格目录。</translation>
    </message>
</context>
<context>
    <name>tce::WorkloadPanel</name>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>Import trace CSV…</source>
        <translation>导入轨迹 CSV…</translation>
    </message>
    <message>
        <source>The requests the Margins and Margin map charts evaluate: a built-in mix fitted to public traces, or your own trace (TIMESTAMP,ContextTokens,GeneratedTokens or input_tokens,output_tokens).</source>
        <translation>“利润率”和“利润率图”两张图表所评估的请求：基于公开轨迹拟合的内置负载组合，或你自己的轨迹（TIMESTAMP,ContextTokens,GeneratedTokens 或 input_tokens,output_tokens）。</translation>
    </message>
    <message>
        <source>Largest batch that fits</source>
        <translation>可容纳的最大批大小</translation>
    </message>
    <message>
        <source>Serve the mix at as many concurrent sequences of its mean length as fit in memory, instead of the batch size above.</source>
        <translation>以显存所能容纳的最大并发序列数（按该组合的平均长度计）来服务该负载组合，而不使用上面的批大小。</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The margin a provider aims for: the Margins chart gives the output price that earns it over the whole mix.</source>
        <translation>服务商追求的利润率：“利润率”图表会给出在整个负载组合上达到该利润率所需的输出价格。</translation>
    </message>
    <message>
        <source>What the requests pay: the API price above, or an entry of an imported price catalog (LiteLLM&apos;s model_prices_and_context_window.json or a CSV), whose long-context tier bills a whole request once its prompt crosses the threshold.</source>
        <translation>请求所支付的价格：上面的 API 价格，或导入的价格目录中的某一项（LiteLLM 的 model_prices_and_context_window.json 或 CSV）；若其设有长上下文档位，一旦请求的提示词超过阈值，整个请求都按该档位计费。</translation>
    </message>
    <message>
        <source>&amp;Mix</source>
        <translation>负载组合(&amp;M)</translation>
    </message>
    <message>
        <source>Target &amp;margin</source>
        <translation>目标利润率(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Revenue at</source>
        <translation>收入计价(&amp;R)</translation>
    </message>
    <message>
        <source>The API price above</source>
        <translation>上面的 API 价格</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Import price catalog…</source>
        <translation>导入价格目录…</translation>
    </message>
    <message>
        <source>%1 (trace)</source>
        <translation>%1（轨迹）</translation>
    </message>
    <message>
        <source>Serving charts serve the mix</source>
        <translation>服务图表使用该负载组合</translation>
    </message>
    <message>
        <source>The Serving and Timeline charts simulate requests of this mix (or trace) instead of the input and output lengths above. A trace&apos;s own arrival times are used when the scenario file asks for them.</source>
        <translation>“服务”和“时间线”图表按该负载组合（或轨迹）模拟请求，而不使用上面的输入和输出长度。当场景文件要求时，使用轨迹自带的到达时间。</translation>
    </message>
</context>
</TS>
