<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChartExport</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: Schreiben nicht möglich (%2)</translation>
    </message>
    <message>
        <source>%1: cannot write (%2); any previous file is unchanged</source>
        <translation>%1: Schreiben nicht möglich (%2); eine vorhandene Datei bleibt unverändert</translation>
    </message>
    <message>
        <source>size %1x%2 is out of range; expected 16 to 20000 pixels each way</source>
        <translation>Größe %1x%2 außerhalb des gültigen Bereichs; erwartet werden 16 bis 20000 Pixel je Richtung</translation>
    </message>
    <message>
        <source>DPI %1 is out of range; expected 24 to 2400</source>
        <translation>DPI %1 außerhalb des gültigen Bereichs; erwartet wird 24 bis 2400</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>das Bild konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>%1 reasoning</source>
        <translation>%1 Reasoning-Token</translation>
    </message>
    <message>
        <source>%1 written to the cache</source>
        <translation>%1 in den Cache geschrieben</translation>
    </message>
    <message>
        <source>%1 from the cache</source>
        <translation>%1 aus dem Cache</translation>
    </message>
    <message>
        <source>speculative: %1, k = %2, α = %3</source>
        <translation>spekulativ: %1, k = %2, α = %3</translation>
    </message>
    <message>
        <source>draft head</source>
        <translation>Draft-Kopf</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 · %4 weights, %5 KV cache · %6 input, %7 output tokens%8 · batch %9 · %10 · Token Cost Explorer %11 · %12</source>
        <translation>%1 · %2 × %3 · Gewichte %4, KV-Cache %5 · %6 Eingabe-, %7 Ausgabe-Token%8 · Batch %9 · %10 · Token Cost Explorer %11 · %12</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>there is no slide</source>
        <translation>es gibt keine Folie</translation>
    </message>
    <message>
        <source>a slide cannot be written as CSV</source>
        <translation>eine Folie lässt sich nicht als CSV schreiben</translation>
    </message>
    <message>
        <source>the PDF could not start page %1</source>
        <translation>das PDF konnte Seite %1 nicht beginnen</translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 Client</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 Clients</translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation>%1 Anfragen/s</translation>
    </message>
    <message>
        <source>%1 without flash attention</source>
        <translation>%1 ohne Flash Attention</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>Why do output tokens cost more?</source>
        <translation>Warum kosten Ausgabe-Token mehr?</translation>
    </message>
    <message>
        <source>A prompt is processed in one run. Every output token needs a run of its own: here 6 prompt tokens go through the prefill together, then each of the 5 decode steps processes a single token.</source>
        <translation>Ein Prompt wird in einem einzigen Durchlauf verarbeitet. Jedes Ausgabe-Token braucht einen eigenen Durchlauf: Hier gehen 6 Prompt-Token gemeinsam durch den Prefill, danach verarbeitet jeder der 5 Decode-Schritte ein einzelnes Token.</translation>
    </message>
    <message>
        <source>Per token, the arithmetic is nearly the same: about two FLOPs per parameter, plus attention over the earlier tokens. FLOPs alone cannot explain a price gap of 3 to 5 times.</source>
        <translation>Pro Token ist der Rechenaufwand fast gleich: etwa zwei FLOPs pro Parameter, dazu die Attention über die vorherigen Token. FLOPs allein können einen Preisunterschied um das 3- bis 5-Fache nicht erklären.</translation>
    </message>
    <message>
        <source>an output token: ~16 GFLOP,
a prompt token: ~14 GFLOP</source>
        <translation>ein Ausgabe-Token: ~16 GFLOP,
ein Prompt-Token: ~14 GFLOP</translation>
    </message>
    <message>
        <source>Time tells another story. The prefill keeps the GPU&apos;s arithmetic busy, while each decode step streams all 16 GB of weights from memory to produce one token: an output token takes hundreds of times the GPU time of a prompt token.</source>
        <translation>Die Zeit erzählt etwas anderes. Der Prefill lastet die Rechenwerke der GPU aus, während jeder Decode-Schritt alle 16 GB Gewichte aus dem Speicher liest, um ein einziges Token zu erzeugen: Ein Ausgabe-Token braucht Hunderte Male so viel GPU-Zeit wie ein Prompt-Token.</translation>
    </message>
    <message>
        <source>Batching shares each read of the weights among many sequences: a step for 16 sequences takes barely longer than a step for one, so each output token costs far less.</source>
        <translation>Batching teilt jedes Lesen der Gewichte auf viele Sequenzen auf: Ein Schritt für 16 Sequenzen dauert kaum länger als ein Schritt für eine, daher kostet jedes Ausgabe-Token weit weniger.</translation>
    </message>
    <message>
        <source>On the roofline, the prefill sits under the flat compute roof; decode sits far left on the memory slope, using a small share of the GPU&apos;s arithmetic.</source>
        <translation>In der Roofline liegt der Prefill unter dem flachen Rechendach; der Decode liegt weit links auf der Speicherschräge und nutzt nur einen kleinen Teil der Rechenleistung der GPU.</translation>
    </message>
    <message>
        <source>Even batched, an output token here costs far more GPU time than an input token, while list prices charge 3 to 8 times as much: providers price for the mix of requests they serve.</source>
        <translation>Selbst mit Batching kostet ein Ausgabe-Token hier weit mehr GPU-Zeit als ein Eingabe-Token, während die Listenpreise das 3- bis 8-Fache verlangen: Anbieter kalkulieren ihre Preise für den Mix der Anfragen, die sie bedienen.</translation>
    </message>
    <message>
        <source>What the KV cache buys</source>
        <translation>Was der KV-Cache bringt</translation>
    </message>
    <message>
        <source>With a KV cache, each new token attends to stored keys and values, and total compute grows with the square of the length. Without it, every output token recomputes the whole prefix: the cube.</source>
        <translation>Mit KV-Cache greift jedes neue Token per Attention auf gespeicherte Keys und Values zu, und der gesamte Rechenaufwand wächst mit dem Quadrat der Länge. Ohne Cache berechnet jedes Ausgabe-Token den ganzen Präfix neu: Der Aufwand wächst mit der dritten Potenz.</translation>
    </message>
    <message>
        <source>Without the cache, the 500th output token costs a prefill over 2,548 tokens: about 2,500 times the work of a decode step.</source>
        <translation>Ohne Cache kostet das 500. Ausgabe-Token einen Prefill über 2.548 Token: etwa das 2.500-Fache der Arbeit eines Decode-Schritts.</translation>
    </message>
    <message>
        <source>The price of the cache is memory: every token leaves keys and values in every layer, 128 KiB per token for Llama-3.1-8B in bf16. Sixteen sequences of 32,000 tokens do not fit on one H100.</source>
        <translation>Der Preis des Caches ist Speicher: Jedes Token hinterlässt Keys und Values in jeder Schicht, 128 KiB pro Token bei Llama-3.1-8B in bf16. Sechzehn Sequenzen mit je 32.000 Token passen nicht auf eine H100.</translation>
    </message>
    <message>
        <source>And each decode step reads the whole cache: the bytes moved per output token grow with the context.</source>
        <translation>Und jeder Decode-Schritt liest den ganzen Cache: Die pro Ausgabe-Token bewegten Bytes wachsen mit dem Kontext.</translation>
    </message>
    <message>
        <source>Long outputs</source>
        <translation>Lange Ausgaben</translation>
    </message>
    <message>
        <source>A 64K-token output: each step attends to everything before it, so the cost grows faster than the output. Compare the curve with the straight line that one price per token assumes.</source>
        <translation>Eine Ausgabe von 64K Token: Jeder Schritt berücksichtigt per Attention alles davor, daher wachsen die Kosten schneller als die Ausgabe. Vergleichen Sie die Kurve mit der Geraden, die ein einheitlicher Preis pro Token annimmt.</translation>
    </message>
    <message>
        <source>The 60,000th output token costs several times the first: its step reads 60,000 tokens of keys and values.</source>
        <translation>Das 60.000. Ausgabe-Token kostet ein Mehrfaches des ersten: Sein Schritt liest Keys und Values von 60.000 Token.</translation>
    </message>
    <message>
        <source>Long sequences fill memory: at 67,000 tokens only a few sequences fit on one H100, so fewer requests share each read of the weights.</source>
        <translation>Lange Sequenzen füllen den Speicher: Bei 67.000 Token passen nur wenige Sequenzen auf eine H100, sodass sich weniger Anfragen jedes Lesen der Gewichte teilen.</translation>
    </message>
    <message>
        <source>With fewer sequences per step, each output token carries more GPU time. Long-output products are priced higher per token: GPT-4o&apos;s 64K-output variant charged $18 instead of $15 per million.</source>
        <translation>Mit weniger Sequenzen pro Schritt trägt jedes Ausgabe-Token mehr GPU-Zeit. Produkte für lange Ausgaben kosten pro Token mehr: Die 64K-Ausgabe-Variante von GPT-4o kostete $18 statt $15 pro Million.</translation>
    </message>
    <message>
        <source>Heavy and light users</source>
        <translation>Viel- und Wenignutzer</translation>
    </message>
    <message>
        <source>One price per token, very different margins per request: at these prices, short chats earn money and long ones lose it.</source>
        <translation>Ein Preis pro Token, sehr unterschiedliche Margen pro Anfrage: Bei diesen Preisen bringen kurze Chats Geld ein, lange machen Verlust.</translation>
    </message>
    <message>
        <source>Where requests land: the line separates the profitable short outputs from loss-making long ones; the dots are requests of the chat mix, fitted to a real conversation trace.</source>
        <translation>Wo die Anfragen landen: Die Linie trennt die profitablen kurzen Ausgaben von den verlustbringenden langen; die Punkte sind Anfragen des Chat-Mixes, angepasst an einen echten Gesprächs-Trace.</translation>
    </message>
    <message>
        <source>A reasoning-heavy mix: long chains of thought dominate, and a price made for chat loses money on nearly every request.</source>
        <translation>Ein Reasoning-lastiger Mix: Lange Gedankenketten dominieren, und ein für Chats gemachter Preis macht bei fast jeder Anfrage Verlust.</translation>
    </message>
    <message>
        <source>Code completion: long prompts, tiny outputs, nearly all profitable. A provider prices for the average over the requests it actually gets.</source>
        <translation>Code-Vervollständigung: lange Prompts, winzige Ausgaben, fast alle profitabel. Ein Anbieter kalkuliert seine Preise für den Durchschnitt der Anfragen, die er tatsächlich erhält.</translation>
    </message>
    <message>
        <source>Shrinking the cache</source>
        <translation>Den Cache verkleinern</translation>
    </message>
    <message>
        <source>Llama-2-7B gives every attention head its own keys and values (multi-head attention): 512 KiB per token in bf16.</source>
        <translation>Llama-2-7B gibt jedem Attention-Head eigene Keys und Values (Multi-Head Attention): 512 KiB pro Token in bf16.</translation>
    </message>
    <message>
        <source>Llama-3.1-8B shares each key/value head among four query heads (grouped-query attention): 128 KiB per token, a quarter of the cache.</source>
        <translation>Llama-3.1-8B teilt jeden Key/Value-Head auf vier Query-Heads auf (Grouped-Query Attention): 128 KiB pro Token, ein Viertel des Caches.</translation>
    </message>
    <message>
        <source>Mistral-7B also keeps only the last 4,096 tokens in every layer (a sliding window): beyond 4K tokens its cache stops growing.</source>
        <translation>Mistral-7B behält zudem in jeder Schicht nur die letzten 4.096 Token (ein gleitendes Fenster, Sliding Window): Ab 4K Token wächst sein Cache nicht mehr.</translation>
    </message>
    <message>
        <source>Gemma 2 alternates global layers and 4,096-token sliding layers: half of its cache stops growing.</source>
        <translation>Gemma 2 wechselt globale Schichten und Sliding-Window-Schichten mit 4.096 Token ab: Die Hälfte seines Caches wächst nicht mehr.</translation>
    </message>
    <message>
        <source>DeepSeek-V3 caches one compressed latent per token and layer (multi-head latent attention): 69 KiB per token for a 671B-parameter model, about half of Llama-3.1-8B&apos;s.</source>
        <translation>DeepSeek-V3 speichert pro Token und Schicht einen einzigen komprimierten latenten Vektor (Multi-Head Latent Attention): 69 KiB pro Token bei einem Modell mit 671 Mrd. Parametern, etwa halb so viel wie Llama-3.1-8B.</translation>
    </message>
    <message>
        <source>Why your request waits</source>
        <translation>Warum Ihre Anfrage wartet</translation>
    </message>
    <message>
        <source>One user alone: the first token comes after 56 ms, then one every 8.8 ms, 113 output tokens per second. The H100 reads all the weights for every token of that one user.</source>
        <translation>Ein Nutzer allein: Das erste Token kommt nach 56 ms, danach eines alle 8,8 ms, 113 Ausgabe-Token pro Sekunde. Die H100 liest für jedes Token dieses einen Nutzers alle Gewichte.</translation>
    </message>
    <message>
        <source>25 users at once: each still waits 0.17 s (median) for the first token and gets a token every 14 ms, yet the GPU now produces 1,543 tokens per second, 14 times as many from the same reads of the weights.</source>
        <translation>25 Nutzer gleichzeitig: Jeder wartet noch immer nur 0,17 s (Median) auf das erste Token und erhält alle 14 ms ein Token, doch die GPU erzeugt jetzt 1.543 Token pro Sekunde, 14-mal so viele aus denselben Lesevorgängen der Gewichte.</translation>
    </message>
    <message>
        <source>The knee, at 32 clients: 1,745 tokens per second for 9.4 s per request, the most throughput per second of waiting. Up to here more users cost each other little time.</source>
        <translation>Das Knie, bei 32 Clients: 1.745 Token pro Sekunde bei 9,4 s pro Anfrage, der meiste Durchsatz pro Sekunde Wartezeit. Bis hierher kosten sich weitere Nutzer gegenseitig wenig Zeit.</translation>
    </message>
    <message>
        <source>Past the knee, at 256 clients, the KV cache is full: at most 211 sequences run and about 70 requests wait in the queue. Throughput hardly grows (2,726 tokens per second), while the median wait for a first token reaches 5.3 s.</source>
        <translation>Jenseits des Knies, bei 256 Clients, ist der KV-Cache voll: Höchstens 211 Sequenzen laufen, und etwa 70 Anfragen warten in der Warteschlange. Der Durchsatz wächst kaum noch (2.726 Token pro Sekunde), während die Wartezeit auf das erste Token im Median 5,3 s erreicht.</translation>
    </message>
    <message>
        <source>What load does to the price: alone, an output token costs $6.55 per million, 320 times an input token; at the knee, $0.35 and 17 times. Only a full, queueing server comes near the list prices&apos; ratios (6.2 times at 256 clients), paid for in waiting.</source>
        <translation>Was die Last mit dem Preis macht: Allein kostet ein Ausgabe-Token $6,55 pro Million, das 320-Fache eines Eingabe-Tokens; am Knie $0,35 und das 17-Fache. Erst ein voller Server mit Warteschlange kommt in die Nähe der Verhältnisse der Listenpreise (das 6,2-Fache bei 256 Clients), bezahlt mit Wartezeit.</translation>
    </message>
    <message>
        <source>What modern serving does to the bill</source>
        <translation>Was modernes Serving mit der Rechnung macht</translation>
    </message>
    <message>
        <source>A 500-token answer to a 2,000-token prompt: one prefill and 499 decode runs, 6.74 s and $0.000315 of GPU time at batch 16.</source>
        <translation>Eine Antwort von 500 Token auf einen Prompt von 2.000 Token: ein Prefill und 499 Decode-Durchläufe, 6,74 s und $0,000315 an GPU-Zeit bei Batch 16.</translation>
    </message>
    <message>
        <source>The same visible answer after 5,000 hidden reasoning tokens: each is decoded and billed like output, so the request takes 1.32 min and costs $0.00369. The hidden part holds 5,000 × 128 KiB = 625 MiB of KV cache while it runs.</source>
        <translation>Dieselbe sichtbare Antwort nach 5.000 verborgenen Reasoning-Token: Jedes wird wie Ausgabe dekodiert und abgerechnet, daher dauert die Anfrage 1,32 min und kostet $0,00369. Der verborgene Teil belegt, solange er läuft, 5.000 × 128 KiB = 625 MiB KV-Cache.</translation>
    </message>
    <message>
        <source>Reasoning tokens (dark orange) sit between the prompt and the answer and cost what output tokens cost: the user is billed for 5,500 output tokens and sees 500.</source>
        <translation>Reasoning-Token (dunkelorange) liegen zwischen Prompt und Antwort und kosten so viel wie Ausgabe-Token: Der Nutzer bezahlt 5.500 Ausgabe-Token und sieht 500.</translation>
    </message>
    <message>
        <source>A 7,000-token prefix read from the prompt cache skips its prefill but not its KV cache: the GPU cost falls from $0.000421 to $0.000269, the price from $0.0285 to $0.00960. Writing the cache costs 1.25 times the input price, so caching pays the buyer once more than 21.7% of requests hit.</source>
        <translation>Ein Präfix von 7.000 Token aus dem Prompt-Cache spart sich den Prefill, aber nicht den KV-Cache: Die GPU-Kosten sinken von $0,000421 auf $0,000269, der Preis von $0,0285 auf $0,00960. Das Schreiben des Caches kostet das 1,25-Fache des Eingabepreises, daher lohnt sich Caching für den Kunden, sobald mehr als 21,7 % der Anfragen einen Treffer erzielen.</translation>
    </message>
    <message>
        <source>A draft head proposes 4 tokens and one run of the target checks all 5, keeping 2.77 tokens per run at 70% acceptance. At batch 1 the run is memory-bound and decoding is almost twice as fast; as the batch grows the runs turn compute-bound and the gain shrinks.</source>
        <translation>Ein Draft-Kopf schlägt 4 Token vor, und ein Durchlauf des Zielmodells prüft alle 5; bei 70 % Akzeptanz bleiben 2,77 Token pro Durchlauf. Bei Batch 1 ist der Durchlauf speichergebunden und das Decoding fast doppelt so schnell; mit wachsendem Batch werden die Durchläufe rechengebunden, und der Gewinn schrumpft.</translation>
    </message>
    <message>
        <source>Energy is a second bill: at batch 16 an output token takes 303 mJ and a prompt token 11.3 mJ. The whole request takes 178 J, 0.0237 g of CO₂ at 480 g/kWh.</source>
        <translation>Energie ist eine zweite Rechnung: Bei Batch 16 braucht ein Ausgabe-Token 303 mJ und ein Prompt-Token 11,3 mJ. Die ganze Anfrage braucht 178 J, 0,0237 g CO₂ bei 480 g/kWh.</translation>
    </message>
    <message>
        <source>Ask first: if the KV cache makes every output token one run, why should it cost more? Let the class count the runs: one for all the prompt, one for each output token.</source>
        <translation>Fragen Sie zuerst: Wenn der KV-Cache jedes Ausgabe-Token zu einem einzigen Durchlauf macht, warum sollte es dann mehr kosten? Lassen Sie die Klasse die Durchläufe zählen: einer für den ganzen Prompt, einer für jedes Ausgabe-Token.</translation>
    </message>
    <message>
        <source>Let the class compare the two numbers: the arithmetic per token hardly differs. Ask where else the cost could come from.</source>
        <translation>Lassen Sie die Klasse die beiden Zahlen vergleichen: Der Rechenaufwand pro Token unterscheidet sich kaum. Fragen Sie, woher die Kosten sonst kommen könnten.</translation>
    </message>
    <message>
        <source>The answer is memory: at batch 1 every decode step reads all the weights to make one token. Ask what could share that read.</source>
        <translation>Die Antwort ist der Speicher: Bei Batch 1 liest jeder Decode-Schritt alle Gewichte, um ein einziges Token zu erzeugen. Fragen Sie, was sich dieses Lesen teilen könnte.</translation>
    </message>
    <message>
        <source>One read of the weights now serves every sequence in the batch. Ask what stops us from batching without limit (the next lesson: the KV cache).</source>
        <translation>Ein Lesen der Gewichte bedient jetzt jede Sequenz im Batch. Fragen Sie, was uns daran hindert, Batches unbegrenzt zu vergrößern (die nächste Lektion: der KV-Cache).</translation>
    </message>
    <message>
        <source>Explain the two roofs: arithmetic (flat) and memory bandwidth (the slope). Prefill sits under the flat roof, decode far left on the slope.</source>
        <translation>Erklären Sie die beiden Dächer: Rechenleistung (flach) und Speicherbandbreite (die Schräge). Der Prefill liegt unter dem flachen Dach, der Decode weit links auf der Schräge.</translation>
    </message>
    <message>
        <source>Close with the price: providers charge for the mix of requests they serve, not for one token. Open question: why do some charge eight times as much for output?</source>
        <translation>Schließen Sie mit dem Preis: Anbieter rechnen den Mix der Anfragen ab, die sie bedienen, nicht ein einzelnes Token. Offene Frage: Warum verlangen manche für die Ausgabe das Achtfache?</translation>
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
        <translation>Tage</translation>
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
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>WorkloadMix</name>
    <message>
        <source>Chat (conversation)</source>
        <translation>Chat (Gespräch)</translation>
    </message>
    <message>
        <source>Code completion</source>
        <translation>Code-Vervollständigung</translation>
    </message>
    <message>
        <source>Long document</source>
        <translation>Langes Dokument</translation>
    </message>
    <message>
        <source>Reasoning-heavy</source>
        <translation>Reasoning-lastig</translation>
    </message>
</context>
<context>
    <name>tce::Autosave</name>
    <message>
        <source>%1: cannot lock (%2)</source>
        <translation>%1: Sperren nicht möglich (%2)</translation>
    </message>
</context>
<context>
    <name>tce::BatchSweepView</name>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Price per token</source>
        <translation>Preis pro Token</translation>
    </message>
    <message>
        <source>Speed: how long one decode step takes and how many tokens per second the batch produces. Price: what an input and an output token cost at each batch size.</source>
        <translation>Tempo: wie lange ein Decode-Schritt dauert und wie viele Token pro Sekunde der Batch erzeugt. Preis: was ein Eingabe- und ein Ausgabe-Token bei jeder Batchgröße kosten.</translation>
    </message>
    <message>
        <source>Batch chart mode</source>
        <translation>Modus des Batch-Diagramms</translation>
    </message>
    <message>
        <source>Batch size (sequences decoded together)</source>
        <translation>Batchgröße (gemeinsam dekodierte Sequenzen)</translation>
    </message>
    <message>
        <source>A decode step for %1 sequences at position %2: compute %3 / (%4) = %5; memory (weights + %1 caches) %6 / (%7) = %8. The step takes the larger, %9, plus %10 overhead: %11 per sequence, so %12 tokens/s for the batch.</source>
        <translation>Ein Decode-Schritt für %1 Sequenzen an Position %2: Rechnen %3 / (%4) = %5; Speicher (Gewichte + %1 Caches) %6 / (%7) = %8. Der Schritt dauert so lange wie der größere Wert, %9, plus %10 Overhead: %11 pro Sequenz, also %12 Token/s für den Batch.</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>Rechnen</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>Batch %1</translation>
    </message>
    <message>
        <source>%1 per 1M</source>
        <translation>%1 pro 1 Mio.</translation>
    </message>
    <message>
        <source>Decode step time (left)</source>
        <translation>Dauer eines Decode-Schritts (links)</translation>
    </message>
    <message>
        <source>Output tokens per second, whole batch (right)</source>
        <translation>Ausgabe-Token pro Sekunde, ganzer Batch (rechts)</translation>
    </message>
    <message>
        <source>Time of one decode step</source>
        <translation>Dauer eines Decode-Schritts</translation>
    </message>
    <message>
        <source>Output tokens per second</source>
        <translation>Ausgabe-Token pro Sekunde</translation>
    </message>
    <message>
        <source>Output token, per 1M</source>
        <translation>Ausgabe-Token, pro 1 Mio.</translation>
    </message>
    <message>
        <source>Input token, per 1M</source>
        <translation>Eingabe-Token, pro 1 Mio.</translation>
    </message>
    <message>
        <source>Cost per 1M tokens (USD)</source>
        <translation>Kosten pro 1 Mio. Token (USD)</translation>
    </message>
    <message>
        <source>compute-bound from batch %1</source>
        <translation>rechengebunden ab Batch %1</translation>
    </message>
    <message>
        <source>Memory-bound at every batch size:
reading the KV cache grows with the batch</source>
        <translation>Bei jeder Batchgröße speichergebunden:
das Lesen des KV-Caches wächst mit dem Batch</translation>
    </message>
    <message>
        <source>KV cache full beyond %1</source>
        <translation>KV-Cache voll oberhalb von %1</translation>
    </message>
    <message>
        <source>this batch: %1</source>
        <translation>dieser Batch: %1</translation>
    </message>
    <message>
        <source>%1 + %2 unpacking the weights</source>
        <translation>%1 + %2 zum Entpacken der Gewichte</translation>
    </message>
</context>
<context>
    <name>tce::CalibrationChart</name>
    <message>
        <source>Decode speed (tok/s)</source>
        <translation>Decode-Tempo (tok/s)</translation>
    </message>
    <message>
        <source>Inter-token latency (ms)</source>
        <translation>Latenz zwischen Tokens (ms)</translation>
    </message>
    <message>
        <source>Batch throughput (tok/s)</source>
        <translation>Durchsatz des Batches (tok/s)</translation>
    </message>
    <message>
        <source>Prompt speed (tok/s)</source>
        <translation>Prompt-Tempo (tok/s)</translation>
    </message>
    <message>
        <source>Time to first token (ms)</source>
        <translation>Zeit bis zum ersten Token (ms)</translation>
    </message>
    <message>
        <source>Calibration chart</source>
        <translation>Kalibrierungsdiagramm</translation>
    </message>
    <message>
        <source>Predicted = measured</source>
        <translation>Vorhergesagt = gemessen</translation>
    </message>
    <message>
        <source>±15%</source>
        <translation>±15 %</translation>
    </message>
    <message>
        <source>Before the fit</source>
        <translation>Vor der Anpassung</translation>
    </message>
    <message>
        <source>After the fit</source>
        <translation>Nach der Anpassung</translation>
    </message>
    <message>
        <source>Measured (tok/s or ms, each row in its metric&apos;s unit)</source>
        <translation>Gemessen (tok/s oder ms, jede Zeile in der Einheit ihrer Metrik)</translation>
    </message>
    <message>
        <source>Predicted (in the same unit)</source>
        <translation>Vorhergesagt (in derselben Einheit)</translation>
    </message>
    <message>
        <source>%1, line %2
%3 on %4
%5: measured %6
predicted %7 after the fit, %8 before
(this point: %9)</source>
        <translation>%1, Zeile %2
%3 auf %4
%5: gemessen %6
vorhergesagt %7 nach der Anpassung, %8 davor
(dieser Punkt: %9)</translation>
    </message>
    <message>
        <source>after the fit</source>
        <translation>nach der Anpassung</translation>
    </message>
    <message>
        <source>before the fit</source>
        <translation>vor der Anpassung</translation>
    </message>
</context>
<context>
    <name>tce::CalibrationController</name>
    <message>
        <source>Calibrate from &amp;measurements…</source>
        <translation>Aus &amp;Messungen kalibrieren…</translation>
    </message>
    <message>
        <source>Fit the engine&apos;s numbers to your own benchmark results (llama-bench, vLLM, genai-perf, trtllm-bench or a CSV)</source>
        <translation>Die Zahlen der Engine an eigene Benchmark-Ergebnisse anpassen (llama-bench, vLLM, genai-perf, trtllm-bench oder eine CSV-Datei)</translation>
    </message>
    <message>
        <source>Calibrate from measurements</source>
        <translation>Aus Messungen kalibrieren</translation>
    </message>
    <message>
        <source>Benchmark results (*.json *.jsonl *.csv *.md *.txt);;All files (*)</source>
        <translation>Benchmark-Ergebnisse (*.json *.jsonl *.csv *.md *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Calibrating…</source>
        <translation>Kalibriere…</translation>
    </message>
    <message>
        <source>The measurements could not be used; nothing was changed.</source>
        <translation>Die Messungen konnten nicht verwendet werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Calibration failed</source>
        <translation>Kalibrierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Calibrated; rows: %1</source>
        <translation>Kalibriert; Zeilen: %1</translation>
    </message>
    <message>
        <source>Nothing has been calibrated yet.</source>
        <translation>Es wurde noch nichts kalibriert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64), starting with a letter or digit.</source>
        <translation>„%1“ kann kein Profilname sein: erlaubt sind Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; (höchstens 64), am Anfang ein Buchstabe oder eine Ziffer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in engine; choose another name.</source>
        <translation>„%1“ ist eine eingebaute Engine; bitte einen anderen Namen wählen.</translation>
    </message>
    <message>
        <source>A profile holds one engine&apos;s numbers, and the rows were measured with %1 engines.</source>
        <translation>Ein Profil enthält die Zahlen einer Engine, und die Zeilen wurden mit %1 Engines gemessen.</translation>
    </message>
    <message>
        <source>Use engine profile %1</source>
        <translation>Engine-Profil %1 verwenden</translation>
    </message>
    <message>
        <source>Saved engine profile %1 to %2</source>
        <translation>Engine-Profil %1 in %2 gespeichert</translation>
    </message>
    <message>
        <source>Save as engine profile</source>
        <translation>Als Engine-Profil speichern</translation>
    </message>
    <message>
        <source>Profile name (letters, digits, . _ -):</source>
        <translation>Profilname (Buchstaben, Ziffern, . _ -):</translation>
    </message>
    <message>
        <source>A profile named %1 exists. Replace it?</source>
        <translation>Ein Profil namens %1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>The profile was not saved.</source>
        <translation>Das Profil wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Use calibrated %1</source>
        <translation>Kalibrierte %1 verwenden</translation>
    </message>
</context>
<context>
    <name>tce::CalibrationDialog</name>
    <message>
        <source>one GPU left out at a time</source>
        <translation>je eine GPU ausgelassen</translation>
    </message>
    <message>
        <source>one file left out at a time</source>
        <translation>je eine Datei ausgelassen</translation>
    </message>
    <message>
        <source>five folds of rows</source>
        <translation>fünf Teilmengen der Zeilen</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>Decode</translation>
    </message>
    <message>
        <source>Prompt speed</source>
        <translation>Prompt-Tempo</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>Rows: %1, from %2. Refitted: %3.</source>
        <translation>Zeilen: %1, aus %2. Neu angepasst: %3.</translation>
    </message>
    <message>
        <source>Median error, before → after the fit:</source>
        <translation>Medianer Fehler, vor → nach der Anpassung:</translation>
    </message>
    <message>
        <source>    %1: %2% → %3% (rows: %4)</source>
        <translation>    %1: %2 % → %3 % (Zeilen: %4)</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Cross-validated, on rows the fit did not see (%1): %2</source>
        <translation>Kreuzvalidiert, auf Zeilen, die die Anpassung nicht gesehen hat (%1): %2</translation>
    </message>
    <message>
        <source>Too few rows to cross-validate (it takes at least 5).</source>
        <translation>Zu wenige Zeilen für eine Kreuzvalidierung (mindestens 5 nötig).</translation>
    </message>
    <message>
        <source>&amp;Save as engine profile…</source>
        <translation>Als Engine-Profil s&amp;peichern…</translation>
    </message>
    <message>
        <source>Save the fitted numbers as an engine profile of your own, and use it</source>
        <translation>Die angepassten Zahlen als eigenes Engine-Profil speichern und verwenden</translation>
    </message>
    <message>
        <source>The rows were measured with %1 engines, and a profile holds one engine&apos;s numbers. Calibrate with one engine&apos;s files to save a profile.</source>
        <translation>Die Zeilen wurden mit %1 Engines gemessen, und ein Profil enthält die Zahlen einer Engine. Mit den Dateien einer Engine kalibrieren, um ein Profil zu speichern.</translation>
    </message>
    <message>
        <source>&amp;Use without saving</source>
        <translation>&amp;Ohne Speichern verwenden</translation>
    </message>
    <message>
        <source>Use the fitted numbers in the current scenario (Undo takes them back)</source>
        <translation>Die angepassten Zahlen im aktuellen Szenario verwenden (Rückgängig nimmt sie zurück)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>tce::ChartRegistry</name>
    <message>
        <source>Cost of each token</source>
        <translation>Kosten jedes Tokens</translation>
    </message>
    <message>
        <source>Per token</source>
        <translation>Pro Token</translation>
    </message>
    <message>
        <source>Cost of a request as its output grows</source>
        <translation>Kosten einer Anfrage bei wachsender Ausgabe</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
    <message>
        <source>KV cache memory as the context grows</source>
        <translation>KV-Cache-Speicher bei wachsendem Kontext</translation>
    </message>
    <message>
        <source>KV memory</source>
        <translation>KV-Speicher</translation>
    </message>
    <message>
        <source>What batching buys</source>
        <translation>Was Batching bringt</translation>
    </message>
    <message>
        <source>Batching</source>
        <translation>Batching</translation>
    </message>
    <message>
        <source>Roofline: compute-bound prefill, memory-bound decode</source>
        <translation>Roofline: rechengebundener Prefill, speichergebundener Decode</translation>
    </message>
    <message>
        <source>Roofline</source>
        <translation>Roofline</translation>
    </message>
    <message>
        <source>What the KV cache saves</source>
        <translation>Was der KV-Cache einspart</translation>
    </message>
    <message>
        <source>KV cache on/off</source>
        <translation>KV-Cache an/aus</translation>
    </message>
    <message>
        <source>One price, very different margins per request</source>
        <translation>Ein Preis, sehr unterschiedliche Margen pro Anfrage</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Where requests make or lose money</source>
        <translation>Wo Anfragen Gewinn oder Verlust machen</translation>
    </message>
    <message>
        <source>Margin map</source>
        <translation>Margenkarte</translation>
    </message>
    <message>
        <source>List-price ratios against the cost ratio</source>
        <translation>Listenpreis-Verhältnisse im Vergleich zum Kostenverhältnis</translation>
    </message>
    <message>
        <source>Price ratios</source>
        <translation>Preisverhältnisse</translation>
    </message>
    <message>
        <source>Token by token: which dot products each run computes</source>
        <translation>Token für Token: welche Skalarprodukte jeder Durchlauf berechnet</translation>
    </message>
    <message>
        <source>Token by token</source>
        <translation>Tokenweise</translation>
    </message>
    <message>
        <source>Serving under load: throughput against latency as clients grow</source>
        <translation>Serving unter Last: Durchsatz gegen Latenz bei wachsender Zahl von Clients</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Serving</translation>
    </message>
    <message>
        <source>One replica at this load: running, waiting and KV cache over time</source>
        <translation>Eine Replika bei dieser Last: laufend, wartend und KV-Cache im Zeitverlauf</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Prompt caching: what a cached prefix saves the provider and the buyer</source>
        <translation>Prompt-Caching: was ein gecachter Präfix dem Anbieter und dem Kunden spart</translation>
    </message>
    <message>
        <source>Prompt cache</source>
        <translation>Prompt-Cache</translation>
    </message>
    <message>
        <source>Speculative decoding: a large speed-up at batch 1, gone at large batches</source>
        <translation>Spekulatives Decoding: große Beschleunigung bei Batch 1, verschwunden bei großen Batches</translation>
    </message>
    <message>
        <source>Speculation</source>
        <translation>Spekulation</translation>
    </message>
</context>
<context>
    <name>tce::ChartTabs</name>
    <message>
        <source>A chart. The Explain this panel reads out the value under the mouse; File &gt; Export chart saves its data as CSV.</source>
        <translation>Ein Diagramm. Das Feld „Erklärung“ nennt den Wert unter der Maus; Datei &gt; Diagramm exportieren speichert seine Daten als CSV.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Feel the speed</source>
        <translation>Tempo erleben</translation>
    </message>
    <message>
        <source>The prompt at the prefill rate beside the output at the decode rate</source>
        <translation>Der Prompt im Prefill-Tempo neben der Ausgabe im Decode-Tempo</translation>
    </message>
</context>
<context>
    <name>tce::ChartView</name>
    <message>
        <source>Log scale</source>
        <translation>Log-Skala</translation>
    </message>
    <message>
        <source>Show the vertical axis on a logarithmic scale, so that small and large values are both readable.</source>
        <translation>Die vertikale Achse logarithmisch darstellen, damit kleine und große Werte gleichermaßen lesbar sind.</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>The hardware file gives no board and idle power for %1:
no energy figures</source>
        <translation>Die Hardware-Datei enthält für %1 keine Board- und Leerlaufleistung:
keine Energiewerte</translation>
    </message>
    <message>
        <source>Dashed: A, the pinned scenario</source>
        <translation>Gestrichelt: A, das festgehaltene Szenario</translation>
    </message>
    <message>
        <source>No GPU-hour price for %1: its GPU time counts as $0 here.
Set one under Prices.</source>
        <translation>Kein GPU-Stundenpreis für %1: seine GPU-Zeit zählt hier als $0.
Bitte unter „Preise“ eintragen.</translation>
    </message>
</context>
<context>
    <name>tce::CumulativeCostView</name>
    <message>
        <source>Output tokens generated</source>
        <translation>Erzeugte Ausgabe-Token</translation>
    </message>
    <message>
        <source>Cost of one request (USD)</source>
        <translation>Kosten einer Anfrage (USD)</translation>
    </message>
    <message>
        <source>After %1 output tokens: this request&apos;s share of the prefill plus its share of %2 decode steps, at %3 per GPU-hour, = %4. At the API price it brings in %5 × %6 + %1 × %7 per 1M = %8: margin %9.</source>
        <translation>Nach %1 Ausgabe-Token: der Anteil dieser Anfrage am Prefill plus ihr Anteil an %2 Decode-Schritten, bei %3 pro GPU-Stunde, = %4. Zum API-Preis bringt sie %5 × %6 + %1 × %7 pro 1 Mio. = %8 ein: Marge %9.</translation>
    </message>
    <message>
        <source>%1 output tokens</source>
        <translation>%1 Ausgabe-Token</translation>
    </message>
    <message>
        <source>Prefill + decode: one more run per output token</source>
        <translation>Prefill + Decode: ein weiterer Durchlauf pro Ausgabe-Token</translation>
    </message>
    <message>
        <source>Prefill: the prompt, one run</source>
        <translation>Prefill: der Prompt, ein Durchlauf</translation>
    </message>
    <message>
        <source>If every output token cost what the first ones do</source>
        <translation>Wenn jedes Ausgabe-Token so viel kostete wie die ersten</translation>
    </message>
    <message>
        <source>Revenue at %1</source>
        <translation>Erlös: %1</translation>
    </message>
    <message>
        <source>the API price</source>
        <translation>API-Preis</translation>
    </message>
    <message>
        <source>break-even at %1 tokens</source>
        <translation>Gewinnschwelle bei %1 Token</translation>
    </message>
    <message>
        <source>loss beyond %1 tokens</source>
        <translation>Verlust ab %1 Token</translation>
    </message>
    <message>
        <source>Dollars</source>
        <translation>Dollar</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>What the request has used so far: its share of the GPU bill, or of the energy the GPUs draw.</source>
        <translation>Was die Anfrage bisher verbraucht hat: ihr Anteil an der GPU-Rechnung oder an der Energie, die die GPUs aufnehmen.</translation>
    </message>
    <message>
        <source>Cumulative metric</source>
        <translation>Kumulierte Größe</translation>
    </message>
    <message>
        <source>The hardware file gives no board and idle power for %1.</source>
        <translation>Die Hardware-Datei enthält für %1 keine Board- und Leerlaufleistung.</translation>
    </message>
    <message>
        <source>After %1 output tokens the request has drawn %2: its share of the prefill and of the decode steps so far, each run&apos;s time at a power between the GPUs&apos; idle and board power by how busy the run keeps them.</source>
        <translation>Nach %1 Ausgabe-Token hat die Anfrage %2 verbraucht: ihr Anteil am Prefill und an den bisherigen Decode-Schritten, die Zeit jedes Durchlaufs bei einer Leistung zwischen Leerlauf- und Board-Leistung der GPUs, je nachdem, wie stark der Durchlauf sie auslastet.</translation>
    </message>
    <message>
        <source>Energy of one request (J)</source>
        <translation>Energie einer Anfrage (J)</translation>
    </message>
    <message>
        <source>If every output token took what the first ones do</source>
        <translation>Wenn jedes Ausgabe-Token so viel bräuchte wie die ersten</translation>
    </message>
    <message>
        <source>reasoning ends · visible answer begins</source>
        <translation>Reasoning endet · sichtbare Antwort beginnt</translation>
    </message>
    <message>
        <source>Revenue at %1: reaches %2 at %3 tokens, above the chart (the log scale shows it)</source>
        <translation>Erlös: %1 – erreicht %2 bei %3 Token, oberhalb des Diagramms (die Log-Skala zeigt ihn)</translation>
    </message>
</context>
<context>
    <name>tce::DocumentController</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Imported %1 from %2</source>
        <translation>%1 aus %2 importiert</translation>
    </message>
    <message>
        <source>Imported %1; note: %2</source>
        <translation>%1 importiert; Hinweis: %2</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Scenarios (*.tce.json);;All files (*)</source>
        <translation>Szenarien (*.tce.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <source>Could not save the scenario.</source>
        <translation>Das Szenario konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Import config.json</source>
        <translation>config.json importieren</translation>
    </message>
    <message>
        <source>Could not import the model.</source>
        <translation>Das Modell konnte nicht importiert werden.</translation>
    </message>
    <message>
        <source>Scenarios (*.tce.json)</source>
        <translation>Szenarien (*.tce.json)</translation>
    </message>
    <message>
        <source>Import a Hugging Face config.json</source>
        <translation>Hugging-Face-config.json importieren</translation>
    </message>
    <message>
        <source>Model configuration (*.json);;All files (*)</source>
        <translation>Modellkonfiguration (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The scenario has changes that are not saved.</source>
        <translation>Das Szenario hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Save them first?</source>
        <translation>Möchten Sie sie zuerst speichern?</translation>
    </message>
    <message>
        <source>An unsaved scenario was found but cannot be read: %1</source>
        <translation>Ein nicht gespeichertes Szenario wurde gefunden, kann aber nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Token Cost Explorer did not close properly last time. Restore the scenario it was showing?</source>
        <translation>Token Cost Explorer wurde beim letzten Mal nicht ordnungsgemäß beendet. Möchten Sie das Szenario wiederherstellen, das angezeigt wurde?</translation>
    </message>
    <message>
        <source>%1 on %2 × %3, %4 input and %5 output tokens, batch %6; saved %7.</source>
        <translation>%1 auf %2 × %3, %4 Eingabe- und %5 Ausgabe-Token, Batch %6; gespeichert am %7.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Restore unsaved scenario</source>
        <translation>Nicht gespeichertes Szenario wiederherstellen</translation>
    </message>
    <message>
        <source>Restored the unsaved scenario</source>
        <translation>Nicht gespeichertes Szenario wiederhergestellt</translation>
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
        <translation>Das Szenario konnte nicht geöffnet werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Opened with these notes:

%1</source>
        <translation>Mit folgenden Hinweisen geöffnet:

%1</translation>
    </message>
</context>
<context>
    <name>tce::ExplainDock</name>
    <message>
        <source>Explain this</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Point at a chart: the formula behind the value appears here, with the numbers put in.</source>
        <translation>Zeigen Sie auf ein Diagramm: Hier erscheint die Formel hinter dem Wert, mit eingesetzten Zahlen.</translation>
    </message>
    <message>
        <source>Times: the %1 profile, whose numbers are not fitted to measurements.</source>
        <translation>Zeiten: das Profil %1, dessen Zahlen nicht an Messungen angepasst sind.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message numerus="yes">
        <source>Times: the %1 profile&apos;s numbers for %2 hardware, fitted to %n published measurements. On GPUs the fit did not see, decode speed was off by %3 and the prompt by %4 (median).</source>
        <translation>
            <numerusform>Zeiten: die Zahlen des Profils %1 für Hardware der Klasse %2, angepasst an %n veröffentlichte Messung. Auf GPUs, die die Anpassung nicht gesehen hat, lag die Decode-Geschwindigkeit um %3 daneben und der Prompt um %4 (Median).</numerusform>
            <numerusform>Zeiten: die Zahlen des Profils %1 für Hardware der Klasse %2, angepasst an %n veröffentlichte Messungen. Auf GPUs, die die Anpassung nicht gesehen hat, lag die Decode-Geschwindigkeit um %3 daneben und der Prompt um %4 (Median).</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown class</source>
        <translation>eine unbekannte Klasse</translation>
    </message>
    <message>
        <source>%1 has no measurements on %2 hardware such as the %3: these are its %4 numbers, carried to this GPU&apos;s peak FLOP/s and memory bandwidth.</source>
        <translation>%1 hat keine Messungen auf %2-Hardware wie der %3: Dies sind seine Werte für %4, übertragen auf die Spitzen-FLOP/s und die Speicherbandbreite dieser GPU.</translation>
    </message>
    <message>
        <source>%1 has no measurements on %2 hardware such as the %3: these are its %4 numbers.</source>
        <translation>%1 hat keine Messungen auf %2-Hardware wie der %3: Dies sind seine Werte für %4.</translation>
    </message>
</context>
<context>
    <name>tce::ExportActions</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not export “%1”.

%2</source>
        <translation>„%1“ konnte nicht exportiert werden.

%2</translation>
    </message>
    <message>
        <source>Choose a chart to export or copy</source>
        <translation>Wählen Sie ein Diagramm zum Exportieren oder Kopieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Copied “%1” to the clipboard</source>
        <translation>„%1“ in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>PDF slides, a page per step (*.pdf)</source>
        <translation>PDF-Folien, eine Seite je Schritt (*.pdf)</translation>
    </message>
    <message>
        <source>Export lesson</source>
        <translation>Lektion exportieren</translation>
    </message>
    <message>
        <source>PDF handout, A4 with two steps and their notes a page (*.pdf)</source>
        <translation>PDF-Handout, A4 mit zwei Schritten und ihren Notizen je Seite (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images, one per step, into a folder of this name</source>
        <translation>PNG-Bilder, eines je Schritt, in einen Ordner dieses Namens</translation>
    </message>
    <message>
        <source>SVG drawings, one per step, into a folder of this name</source>
        <translation>SVG-Zeichnungen, eine je Schritt, in einen Ordner dieses Namens</translation>
    </message>
    <message>
        <source>Exported %1 files to %2</source>
        <translation>%1 Dateien nach %2 exportiert</translation>
    </message>
</context>
<context>
    <name>tce::ExportDialog</name>
    <message>
        <source>Export “%1”</source>
        <translation>„%1“ exportieren</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG-Bild</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG (Vektor)</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF (Vektor)</translation>
    </message>
    <message>
        <source>CSV data</source>
        <translation>CSV-Daten</translation>
    </message>
    <message>
        <source>Images for slides, vector files for print, or the chart&apos;s numbers as CSV.</source>
        <translation>Bilder für Folien, Vektordateien für den Druck oder die Zahlen des Diagramms als CSV.</translation>
    </message>
    <message>
        <source>As on screen (%1×%2)</source>
        <translation>Wie am Bildschirm (%1×%2)</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Folie %1</translation>
    </message>
    <message>
        <source>%1 page, landscape</source>
        <translation>%1-Seite, quer</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Dots per inch: 96 draws the chart as on a standard screen; more makes text and lines larger on the same number of pixels (and PDF pages smaller).</source>
        <translation>Punkte pro Zoll: Bei 96 wird das Diagramm wie auf einem Standardbildschirm gezeichnet; höhere Werte machen Text und Linien bei gleicher Pixelzahl größer (und PDF-Seiten kleiner).</translation>
    </message>
    <message>
        <source>Add a caption: model, hardware, precision, lengths, batch, date</source>
        <translation>Beschriftung hinzufügen: Modell, Hardware, Genauigkeit, Längen, Batch, Datum</translation>
    </message>
    <message>
        <source>So that a slide can be traced back to its scenario.</source>
        <translation>Damit sich eine Folie auf ihr Szenario zurückführen lässt.</translation>
    </message>
    <message>
        <source>Export every chart into a folder</source>
        <translation>Alle Diagramme in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Größe</translation>
    </message>
    <message>
        <source>&amp;DPI</source>
        <translation>&amp;DPI</translation>
    </message>
    <message>
        <source>Save &amp;to</source>
        <translation>&amp;Speichern in</translation>
    </message>
    <message>
        <source>Export every chart into</source>
        <translation>Alle Diagramme exportieren nach</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>tce::HelpWindow</name>
    <message>
        <source>Token Cost Explorer Help</source>
        <translation>Hilfe zu Token Cost Explorer</translation>
    </message>
    <message>
        <source>Page Down, →, Space</source>
        <translation>Bild ab, →, Leertaste</translation>
    </message>
    <message>
        <source>Lesson: next step</source>
        <translation>Lektion: nächster Schritt</translation>
    </message>
    <message>
        <source>Page Up, ←</source>
        <translation>Bild auf, ←</translation>
    </message>
    <message>
        <source>Lesson: previous step</source>
        <translation>Lektion: vorheriger Schritt</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Präsentationsmodus beenden</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move between controls; Alt with an underlined letter jumps to that control</source>
        <translation>Zwischen Bedienelementen wechseln; Alt mit einem unterstrichenen Buchstaben springt zu diesem Element</translation>
    </message>
    <message>
        <source>Arrows, Page Up/Down, Home, End</source>
        <translation>Pfeiltasten, Bild auf/ab, Pos1, Ende</translation>
    </message>
    <message>
        <source>Move the focused slider</source>
        <translation>Den Schieberegler mit dem Fokus verstellen</translation>
    </message>
    <message>
        <source>Mouse wheel, drag, double click</source>
        <translation>Mausrad, Ziehen, Doppelklick</translation>
    </message>
    <message>
        <source>Chart: zoom, pan, reset the view</source>
        <translation>Diagramm: zoomen, verschieben, Ansicht zurücksetzen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Token Cost Explorer %1&lt;/h3&gt;&lt;p&gt;Why do output tokens cost more than input tokens? This program computes the FLOPs, memory traffic, KV cache, time and dollars of every token of a request for real model architectures on real hardware.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later. Copyright the Token Cost Explorer authors. Built with Qt %2, QCustomPlot and Eigen.&lt;/p&gt;&lt;h3&gt;Sources of the preset data&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Token Cost Explorer %1&lt;/h3&gt;&lt;p&gt;Warum kosten Ausgabe-Token mehr als Eingabe-Token? Dieses Programm berechnet für reale Modellarchitekturen auf realer Hardware die FLOPs, den Speicherverkehr, den KV-Cache, die Zeit und die Dollar jedes Tokens einer Anfrage.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later. Copyright: die Autoren von Token Cost Explorer. Erstellt mit Qt %2, QCustomPlot und Eigen.&lt;/p&gt;&lt;h3&gt;Quellen der voreingestellten Daten&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Engine profiles</source>
        <translation>Engine-Profile</translation>
    </message>
    <message>
        <source>API prices</source>
        <translation>API-Preise</translation>
    </message>
    <message>
        <source>About Token Cost Explorer</source>
        <translation>Über Token Cost Explorer</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Presentation mode on one screen: switch between the audience&apos;s view and the presenter view</source>
        <translation>Präsentationsmodus auf einem Bildschirm: zwischen Publikumsansicht und Referentenansicht wechseln</translation>
    </message>
</context>
<context>
    <name>tce::KvCacheComparisonView</name>
    <message>
        <source>Output tokens generated</source>
        <translation>Erzeugte Ausgabe-Token</translation>
    </message>
    <message>
        <source>Cumulative FLOPs of one request</source>
        <translation>Kumulierte FLOPs einer Anfrage</translation>
    </message>
    <message>
        <source>%1 output tokens. With a cache: one prefill of %2 tokens, then %3 steps of one token each, = %4. Without: a full run over %2, %5, … %6 tokens, one per output token, = %7: %8 times as much.</source>
        <translation>%1 Ausgabe-Token. Mit Cache: ein Prefill über %2 Token, dann %3 Schritte mit je einem Token, = %4. Ohne: ein voller Durchlauf über %2, %5, … %6 Token, einer pro Ausgabe-Token, = %7: das %8-Fache.</translation>
    </message>
    <message>
        <source>%1 output tokens</source>
        <translation>%1 Ausgabe-Token</translation>
    </message>
    <message>
        <source>With KV cache: each step attends to the cached keys</source>
        <translation>Mit KV-Cache: Jeder Schritt nutzt die gespeicherten Keys</translation>
    </message>
    <message>
        <source>Without: each output token recomputes the whole prefix</source>
        <translation>Ohne: Jedes Ausgabe-Token berechnet den ganzen Präfix neu</translation>
    </message>
    <message>
        <source>%1× the FLOPs</source>
        <translation>%1× so viele FLOPs</translation>
    </message>
</context>
<context>
    <name>tce::KvMemoryView</name>
    <message>
        <source>Context length (tokens per sequence)</source>
        <translation>Kontextlänge (Token pro Sequenz)</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>GPU-Speicher</translation>
    </message>
    <message>
        <source>Sequences that fit</source>
        <translation>Passende Sequenzen</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Token</translation>
    </message>
    <message>
        <source>%1 layers × (%2 latent + %3 RoPE dims) × %4 bytes = %5 per token</source>
        <translation>%1 Schichten × (%2 latent + %3 RoPE-Dim.) × %4 Bytes = %5 pro Token</translation>
    </message>
    <message>
        <source>2 (K and V) × %1 layers × %2 KV heads × %3 dims × %4 bytes = %5 per token</source>
        <translation>2 (K und V) × %1 Schichten × %2 KV-Heads × %3 Dim. × %4 Bytes = %5 pro Token</translation>
    </message>
    <message>
        <source>%1.
At %2 tokens one sequence holds %3%4; %5 sequences hold %6, beside %7 of weights.</source>
        <translation>%1.
Bei %2 Token belegt eine Sequenz %3%4; %5 Sequenzen belegen %6, neben %7 für die Gewichte.</translation>
    </message>
    <message>
        <source> (sliding-window layers keep at most %1 tokens)</source>
        <translation> (Sliding-Window-Schichten behalten höchstens %1 Token)</translation>
    </message>
    <message>
        <source>Weights, workspace and reserve (fixed)</source>
        <translation>Gewichte, Arbeitsbereich und Reserve (fest)</translation>
    </message>
    <message>
        <source>Sequences that fit at this context (right axis)</source>
        <translation>Sequenzen, die bei diesem Kontext passen (rechte Achse)</translation>
    </message>
    <message>
        <source>GPU memory: %1</source>
        <translation>GPU-Speicher: %1</translation>
    </message>
    <message>
        <source>this request: %1 tokens</source>
        <translation>diese Anfrage: %1 Token</translation>
    </message>
    <message>
        <source>batch stops fitting at %1 tokens</source>
        <translation>Batch passt ab %1 Token nicht mehr</translation>
    </message>
    <message>
        <source>1 sequence</source>
        <translation>1 Sequenz</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sequences</source>
        <translation>
            <numerusform>%Ln Sequenz</numerusform>
            <numerusform>%Ln Sequenzen</numerusform>
        </translation>
    </message>
    <message>
        <source>+ KV cache of the batch (1 sequence)</source>
        <translation>+ KV-Cache des Batches (1 Sequenz)</translation>
    </message>
    <message numerus="yes">
        <source>+ KV cache of the batch (%Ln sequences)</source>
        <translation>
            <numerusform>+ KV-Cache des Batches (%Ln Sequenz)</numerusform>
            <numerusform>+ KV-Cache des Batches (%Ln Sequenzen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tce::LessonBar</name>
    <message>
        <source>Lessons: a story told in steps, each a scenario, a chart and a caption.</source>
        <translation>Lektionen: eine Geschichte in Schritten, jeder mit Szenario, Diagramm und Erläuterung.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>The previous step (PageUp, Left)</source>
        <translation>Der vorherige Schritt (Bild auf, Pfeil links)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>The next step (PageDown, Right, Space)</source>
        <translation>Der nächste Schritt (Bild ab, Pfeil rechts, Leertaste)</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Close the lesson</source>
        <translation>Lektion schließen</translation>
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
        <translation>Lektionsschritt %1: %2</translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation>%1, Schritt %2</translation>
    </message>
    <message>
        <source>Lesson step %1: pinned A: %2</source>
        <translation>Lektionsschritt %1: festgehaltenes A: %2</translation>
    </message>
</context>
<context>
    <name>tce::LessonEditor</name>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;New lesson</source>
        <translation>&amp;Neue Lektion</translation>
    </message>
    <message>
        <source>Start a lesson whose first step is what the window shows now</source>
        <translation>Eine Lektion beginnen, deren erster Schritt das ist, was das Fenster gerade zeigt</translation>
    </message>
    <message>
        <source>&amp;Open lesson…</source>
        <translation>Lektion ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Edit lesson</source>
        <translation>Lektion &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Record steps, reorder them and write captions and notes</source>
        <translation>Schritte aufnehmen, neu anordnen und Erläuterungen und Notizen schreiben</translation>
    </message>
    <message>
        <source>&amp;Save lesson</source>
        <translation>Lektion &amp;speichern</translation>
    </message>
    <message>
        <source>Save lesson &amp;as…</source>
        <translation>Lektion speichern &amp;unter…</translation>
    </message>
    <message>
        <source>My lesson</source>
        <translation>Meine Lektion</translation>
    </message>
    <message>
        <source>Recorded step 1: type its caption; record more steps as you change the scenario and the chart</source>
        <translation>Schritt 1 aufgenommen: Geben Sie seine Erläuterung ein; nehmen Sie weitere Schritte auf, während Sie Szenario und Diagramm ändern</translation>
    </message>
    <message>
        <source>%1: not opened; the lesson being edited was kept</source>
        <translation>%1: nicht geöffnet; die bearbeitete Lektion wurde beibehalten</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>Could not open the lesson.</source>
        <translation>Die Lektion konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Lessons (*.tce-lesson.json *.json);;All files (*)</source>
        <translation>Lektionen (*.tce-lesson.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The lesson has no file yet: use Save lesson as…</source>
        <translation>Die Lektion hat noch keine Datei: Verwenden Sie „Lektion speichern unter…“</translation>
    </message>
    <message>
        <source>No lesson is being edited: choose Lessons &gt; Edit lesson</source>
        <translation>Es wird keine Lektion bearbeitet: Wählen Sie Lektionen &gt; Lektion bearbeiten</translation>
    </message>
    <message>
        <source>Saved the lesson to %1</source>
        <translation>Lektion in %1 gespeichert</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Lektion speichern</translation>
    </message>
    <message>
        <source>Could not save the lesson.</source>
        <translation>Die Lektion konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Lessons (*.tce-lesson.json)</source>
        <translation>Lektionen (*.tce-lesson.json)</translation>
    </message>
    <message>
        <source>Lesson editor</source>
        <translation>Lektionseditor</translation>
    </message>
    <message>
        <source>The lesson &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>Die Lektion „%1“ hat Änderungen, die nicht gespeichert sind. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>Record step %1</source>
        <translation>Schritt %1 aufnehmen</translation>
    </message>
    <message>
        <source>Re-record step %1</source>
        <translation>Schritt %1 neu aufnehmen</translation>
    </message>
    <message>
        <source>Duplicate step %1</source>
        <translation>Schritt %1 duplizieren</translation>
    </message>
    <message>
        <source>A lesson keeps at least one step</source>
        <translation>Eine Lektion behält mindestens einen Schritt</translation>
    </message>
    <message>
        <source>Delete step %1</source>
        <translation>Schritt %1 löschen</translation>
    </message>
    <message>
        <source>Move step %1 to %2</source>
        <translation>Schritt %1 an Position %2 verschieben</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Caption of step %1</source>
        <translation>Erläuterung von Schritt %1</translation>
    </message>
    <message>
        <source>Notes of step %1</source>
        <translation>Notizen zu Schritt %1</translation>
    </message>
    <message>
        <source>Note on the chart of step %1</source>
        <translation>Diagrammnotiz von Schritt %1</translation>
    </message>
    <message>
        <source>Opened the lesson %1</source>
        <translation>Lektion %1 geöffnet</translation>
    </message>
    <message>
        <source>Opened %1: %2 lessons</source>
        <translation>%1 geöffnet: %2 Lektionen</translation>
    </message>
</context>
<context>
    <name>tce::LessonEditorDock</name>
    <message>
        <source>● Record</source>
        <translation>● Aufnehmen</translation>
    </message>
    <message>
        <source>Add a step after the selected one: the scenario, the chart with its options and the pinned A, as the window shows them now (Ctrl+R)</source>
        <translation>Einen Schritt nach dem ausgewählten hinzufügen: das Szenario, das Diagramm mit seinen Optionen und das festgehaltene A, so wie das Fenster sie gerade zeigt (Strg+R)</translation>
    </message>
    <message>
        <source>Re-record</source>
        <translation>Neu aufnehmen</translation>
    </message>
    <message>
        <source>Replace the selected step&apos;s scenario and chart with what the window shows now; its texts stay</source>
        <translation>Szenario und Diagramm des ausgewählten Schritts durch das ersetzen, was das Fenster gerade zeigt; seine Texte bleiben erhalten</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected step (Ctrl+D)</source>
        <translation>Den ausgewählten Schritt kopieren (Strg+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected step (Delete)</source>
        <translation>Den ausgewählten Schritt löschen (Entf)</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up); or drag it</source>
        <translation>Den Schritt nach oben verschieben (Alt+Pfeil nach oben) oder ihn ziehen</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down); or drag it</source>
        <translation>Den Schritt nach unten verschieben (Alt+Pfeil nach unten) oder ihn ziehen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the lesson as a .tce-lesson.json file</source>
        <translation>Die Lektion als .tce-lesson.json-Datei speichern</translation>
    </message>
    <message>
        <source>The language the texts below are written in; the window shows a lesson in its own language and falls back to English</source>
        <translation>Die Sprache, in der die Texte darunter geschrieben sind; das Fenster zeigt eine Lektion in seiner eigenen Sprache und greift sonst auf Englisch zurück</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>One to three sentences the audience reads</source>
        <translation>Ein bis drei Sätze, die das Publikum liest</translation>
    </message>
    <message>
        <source>A note on the chart (optional)</source>
        <translation>Eine Notiz im Diagramm (optional)</translation>
    </message>
    <message>
        <source>Where the note sits: 0 is the plot&apos;s left edge, 1 its right edge</source>
        <translation>Wo die Notiz steht: 0 ist der linke Rand der Zeichenfläche, 1 der rechte</translation>
    </message>
    <message>
        <source>Where the note sits: 0 is the plot&apos;s top, 1 its bottom</source>
        <translation>Wo die Notiz steht: 0 ist der obere Rand der Zeichenfläche, 1 der untere</translation>
    </message>
    <message>
        <source>What to say, what to ask: only the presenter sees it</source>
        <translation>Was Sie sagen, was Sie fragen: Nur der Referent sieht es</translation>
    </message>
    <message>
        <source>across</source>
        <translation>horizontal</translation>
    </message>
    <message>
        <source>down</source>
        <translation>vertikal</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Writing in:</source>
        <translation>&amp;Verfasst in:</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Erläuterung:</translation>
    </message>
    <message>
        <source>&amp;Note on chart:</source>
        <translation>&amp;Notiz im Diagramm:</translation>
    </message>
    <message>
        <source>P&amp;laced:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Presenter notes:</source>
        <translation>&amp;Referentennotizen:</translation>
    </message>
    <message>
        <source>Lesson editor</source>
        <translation>Lektionseditor</translation>
    </message>
</context>
<context>
    <name>tce::LessonExport</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen.</translation>
    </message>
</context>
<context>
    <name>tce::MainWindow</name>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Drag the sliders on the left; hover a chart for exact values.</source>
        <translation>Ziehen Sie die Schieberegler links; zeigen Sie auf ein Diagramm, um genaue Werte zu sehen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>Szenario ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save scenario</source>
        <translation>Szenario &amp;speichern</translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>Szenario speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Import config.json…</source>
        <translation>config.json &amp;importieren…</translation>
    </message>
    <message>
        <source>Read a model architecture from a Hugging Face config.json</source>
        <translation>Eine Modellarchitektur aus einer Hugging-Face-config.json lesen</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>Diagramm e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, JPEG, SVG, PDF or CSV; or every chart at once</source>
        <translation>Das Diagramm als PNG, JPEG, SVG, PDF oder CSV speichern; oder alle Diagramme auf einmal</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the chart as an image, as it is on screen</source>
        <translation>Das Diagramm als Bild kopieren, so wie es am Bildschirm erscheint</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Pin as A (compare)</source>
        <translation>Als A &amp;festhalten (Vergleich)</translation>
    </message>
    <message>
        <source>Keep the current scenario as A, drawn dashed on every chart while you change B</source>
        <translation>Das aktuelle Szenario als A festhalten, gestrichelt in jedem Diagramm, während Sie B ändern</translation>
    </message>
    <message>
        <source>C&amp;lear A</source>
        <translation>A &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen, large type, only the chart and the lesson (Esc leaves)</source>
        <translation>Vollbild, große Schrift, nur Diagramm und Lektion (Esc beendet)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Token Cost Explorer</source>
        <translation>Ü&amp;ber Token Cost Explorer</translation>
    </message>
    <message>
        <source>Pinned A: %1 on %2, %3 in / %4 out, batch %5: change the scenario to compare</source>
        <translation>A festgehalten: %1 auf %2, %3 Eingabe / %4 Ausgabe, Batch %5: Ändern Sie das Szenario zum Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>&amp;Neues Szenario</translation>
    </message>
    <message>
        <source>Start again from the default scenario</source>
        <translation>Mit dem Standardszenario neu beginnen</translation>
    </message>
    <message>
        <source>Export &amp;lesson…</source>
        <translation>&amp;Lektion exportieren…</translation>
    </message>
    <message>
        <source>Save the lesson as PDF slides, a handout, or PNG or SVG files</source>
        <translation>Die Lektion als PDF-Folien, als Handout oder als PNG- oder SVG-Dateien speichern</translation>
    </message>
</context>
<context>
    <name>tce::MarginHistogramView</name>
    <message>
        <source>Margin of one request: revenue minus cost (USD)</source>
        <translation>Marge einer Anfrage: Erlös minus Kosten (USD)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>margin %1</source>
        <translation>Marge %1</translation>
    </message>
    <message>
        <source>%1 requests have a margin between %2 and %3: what they pay (input tokens × input price + output tokens × output price) minus their share of GPU time (their prefill and every decode step). Long outputs sit to the left: each of their steps reads a longer cache.</source>
        <translation>%1 Anfragen haben eine Marge zwischen %2 und %3: was sie zahlen (Eingabe-Token × Eingabepreis + Ausgabe-Token × Ausgabepreis) minus ihr Anteil an der GPU-Zeit (ihr Prefill und jeder Decode-Schritt). Lange Ausgaben liegen links: Jeder ihrer Schritte liest einen längeren Cache.</translation>
    </message>
    <message>
        <source>Requests at a loss: %1%</source>
        <translation>Anfragen mit Verlust: %1 %</translation>
    </message>
    <message>
        <source>Profitable requests</source>
        <translation>Profitable Anfragen</translation>
    </message>
    <message>
        <source>mean %1 per request</source>
        <translation>im Mittel %1 pro Anfrage</translation>
    </message>
    <message>
        <source>prices of %1 (its long-context tier applies)</source>
        <translation>Preise von %1 (seine Langkontext-Preisstufe gilt)</translation>
    </message>
    <message>
        <source>prices %1 in / %2 out per 1M</source>
        <translation>Preise %1 Eingabe / %2 Ausgabe pro 1 Mio.</translation>
    </message>
    <message>
        <source>%1: %2 requests at batch %3
%4
most expensive 1% of requests: %5% of the cost
output price for a %6% margin: %7 per 1M</source>
        <translation>%1: %2 Anfragen bei Batch %3
%4
teuerstes 1 % der Anfragen: %5 % der Kosten
Ausgabepreis für %6 % Marge: %7 pro 1 Mio.</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 Anfrage</translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Bin width</source>
        <translation>Klassenbreite</translation>
    </message>
</context>
<context>
    <name>tce::MarginMapView</name>
    <message>
        <source>Margin per request (USD)</source>
        <translation>Marge pro Anfrage (USD)</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Eingabe-Token</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Ausgabe-Token</translation>
    </message>
    <message>
        <source>A request of %1 input and %2 output tokens at batch %3 costs %4 of GPU time and brings in %5: margin %6.</source>
        <translation>Eine Anfrage mit %1 Eingabe- und %2 Ausgabe-Token bei Batch %3 kostet %4 an GPU-Zeit und bringt %5 ein: Marge %6.</translation>
    </message>
    <message>
        <source>%1 input tokens</source>
        <translation>%1 Eingabe-Token</translation>
    </message>
    <message>
        <source>%1 output tokens</source>
        <translation>%1 Ausgabe-Token</translation>
    </message>
    <message>
        <source>Margin at %1 in / %2 out per 1M</source>
        <translation>Marge bei %1 Eingabe / %2 Ausgabe pro 1 Mio.</translation>
    </message>
    <message>
        <source>Break-even: longer outputs lose money</source>
        <translation>Gewinnschwelle: Längere Ausgaben machen Verlust</translation>
    </message>
    <message>
        <source>Requests of %1</source>
        <translation>Anfragen aus %1</translation>
    </message>
    <message>
        <source>Margin per request</source>
        <translation>Marge pro Anfrage</translation>
    </message>
    <message>
        <source>Cost per request</source>
        <translation>Kosten pro Anfrage</translation>
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
        <translation>Bewegte Bytes</translation>
    </message>
    <message>
        <source>GPU time</source>
        <translation>GPU-Zeit</translation>
    </message>
    <message>
        <source>Dollars</source>
        <translation>Dollar</translation>
    </message>
    <message>
        <source>Per-token metric</source>
        <translation>Größe pro Token</translation>
    </message>
    <message>
        <source>Token position (prompt, then output)</source>
        <translation>Token-Position (Prompt, dann Ausgabe)</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>FLOPs per token</source>
        <translation>FLOPs pro Token</translation>
    </message>
    <message>
        <source>Bytes moved per token</source>
        <translation>Bewegte Bytes pro Token</translation>
    </message>
    <message>
        <source>GPU time per token</source>
        <translation>GPU-Zeit pro Token</translation>
    </message>
    <message>
        <source>Cost per token (USD)</source>
        <translation>Kosten pro Token (USD)</translation>
    </message>
    <message>
        <source>Prompt tokens: one parallel prefill run</source>
        <translation>Prompt-Token: ein paralleler Prefill-Durchlauf</translation>
    </message>
    <message>
        <source>Output tokens: one decode run each</source>
        <translation>Ausgabe-Token: je ein Decode-Durchlauf</translation>
    </message>
    <message>
        <source>Output tokens: one full re-run each (no KV cache)</source>
        <translation>Ausgabe-Token: je ein kompletter neuer Durchlauf (kein KV-Cache)</translation>
    </message>
    <message>
        <source>prompt ends · output begins</source>
        <translation>Prompt endet · Ausgabe beginnt</translation>
    </message>
    <message>
        <source>attention to %1 keys: 2 × %2 layers × %3 heads × (%4 + %5 dims) × %1 = %6</source>
        <translation>Attention auf %1 Keys: 2 × %2 Schichten × %3 Heads × (%4 + %5 Dim.) × %1 = %6</translation>
    </message>
    <message>
        <source>Prompt token %1, in the prefill:
matmuls 2 × %2 parameters = %3
+ %4
= %5</source>
        <translation>Prompt-Token %1, im Prefill:
Matmuls 2 × %2 Parameter = %3
+ %4
= %5</translation>
    </message>
    <message>
        <source>Output token from the decode step at position %1:
matmuls and logits 2 × %2 parameters = %3
+ %4
= %5</source>
        <translation>Ausgabe-Token aus dem Decode-Schritt an Position %1:
Matmuls und Logits 2 × %2 Parameter = %3
+ %4
= %5</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Speicherbandbreite</translation>
    </message>
    <message>
        <source>Prompt token %1: the prefill of %2 tokens × %3 prompts takes %4 (%5-bound: %6 at %7), shared by all of its %8 tokens: %9 each.</source>
        <translation>Prompt-Token %1: Der Prefill von %2 Token × %3 Prompts dauert %4 (begrenzt durch %5: %6 bei %7), geteilt auf alle seine %8 Token: je %9.</translation>
    </message>
    <message>
        <source>Decode step at position %1 for %2 sequences: reads the weights once (%3) and every sequence&apos;s cache of %1 tokens (%4 each): %5 at %6 = %7 (%8-bound), plus %9 overhead. Each sequence&apos;s share: %10, %11 at %12 per GPU-hour.</source>
        <translation>Decode-Schritt an Position %1 für %2 Sequenzen: liest die Gewichte einmal (%3) und den Cache jeder Sequenz mit %1 Token (je %4): %5 bei %6 = %7 (begrenzt durch %8), plus %9 Overhead. Anteil jeder Sequenz: %10, %11 bei %12 pro GPU-Stunde.</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Energy per token (joules)</source>
        <translation>Energie pro Token (Joule)</translation>
    </message>
    <message>
        <source>What to plot per token: the arithmetic it needs (FLOPs), the memory traffic it causes, its share of GPU time, its share of the GPU bill, or its share of the energy the GPUs draw.</source>
        <translation>Was pro Token dargestellt wird: der nötige Rechenaufwand (FLOPs), der verursachte Speicherverkehr, sein Anteil an der GPU-Zeit, sein Anteil an der GPU-Rechnung oder sein Anteil an der Energie, die die GPUs aufnehmen.</translation>
    </message>
    <message>
        <source>Cached prompt tokens: read from the prompt cache, no prefill</source>
        <translation>Gecachte Prompt-Token: aus dem Prompt-Cache gelesen, kein Prefill</translation>
    </message>
    <message>
        <source>Reasoning tokens: decoded and billed, never shown</source>
        <translation>Reasoning-Token: dekodiert und abgerechnet, nie angezeigt</translation>
    </message>
    <message>
        <source>cached prefix ends</source>
        <translation>Gecachter Präfix endet</translation>
    </message>
    <message>
        <source>reasoning ends · visible answer begins</source>
        <translation>Reasoning endet · sichtbare Antwort beginnt</translation>
    </message>
    <message>
        <source>Prompt token %1 came from the prompt cache: this request computes nothing for it, and bills it at the cache-read price. Its KV (%2) is still read by every decode step and still holds memory.</source>
        <translation>Prompt-Token %1 stammt aus dem Prompt-Cache: Diese Anfrage berechnet nichts dafür und rechnet es zum Cache-Lesepreis ab. Sein KV (%2) wird trotzdem von jedem Decode-Schritt gelesen und belegt weiterhin Speicher.</translation>
    </message>
    <message>
        <source>A hidden reasoning token: decoded and billed like output, never shown. </source>
        <translation>Ein verborgenes Reasoning-Token: wie Ausgabe dekodiert und abgerechnet, nie angezeigt. </translation>
    </message>
    <message>
        <source>The hardware file gives no board and idle power for %1.</source>
        <translation>Die Hardware-Datei enthält für %1 keine Board- und Leerlaufleistung.</translation>
    </message>
    <message>
        <source>Position %1: the run takes %2 (%3-bound) while the GPUs draw %4 W (between idle %5 W and board %6 W each, by how busy the run keeps them): %7, shared by %8 tokens: %9 each.</source>
        <translation>Position %1: Der Durchlauf dauert %2 (begrenzt durch %3), während die GPUs %4 W aufnehmen (jede zwischen %5 W im Leerlauf und %6 W Board-Leistung, je nachdem, wie stark der Durchlauf sie auslastet): %7, geteilt auf %8 Token: je %9.</translation>
    </message>
    <message>
        <source>Compute takes longer: %1, of which %2 unpacks the quantized weights.</source>
        <translation>Das Rechnen dauert länger: %1, davon %2 zum Entpacken der quantisierten Gewichte.</translation>
    </message>
    <message>
        <source>Compute takes longer: %1.</source>
        <translation>Das Rechnen dauert länger: %1.</translation>
    </message>
    <message>
        <source>Without flash attention the attention scores also go through memory: %1 at %2, %3 more.</source>
        <translation>Ohne Flash Attention laufen die Attention-Scores zusätzlich durch den Speicher: %1 bei %2, %3 mehr.</translation>
    </message>
</context>
<context>
    <name>tce::PresentationMode</name>
    <message>
        <source>Present &amp;on</source>
        <translation>Präsentieren &amp;auf</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <source>P&amp;resenter view</source>
        <translation>&amp;Referentenansicht</translation>
    </message>
    <message>
        <source>When presenting, show your notes, the next step and a clock on another screen; with one screen, P switches views</source>
        <translation>Beim Präsentieren Ihre Notizen, den nächsten Schritt und eine Uhr auf einem anderen Bildschirm zeigen; mit nur einem Bildschirm wechselt P die Ansicht</translation>
    </message>
</context>
<context>
    <name>tce::PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Referentenansicht</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No lesson is open.</source>
        <translation>Keine Lektion geöffnet.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>Keine Notizen für diesen Schritt.</translation>
    </message>
    <message>
        <source>End of lesson</source>
        <translation>Ende der Lektion</translation>
    </message>
    <message>
        <source>%1 · presenting %2</source>
        <translation>%1 · Präsentation seit %2</translation>
    </message>
</context>
<context>
    <name>tce::PriceRatioView</name>
    <message>
        <source>API list prices (catalog)</source>
        <translation>API-Listenpreise (Katalog)</translation>
    </message>
    <message>
        <source>Output / input price ratio</source>
        <translation>Preisverhältnis Ausgabe / Eingabe</translation>
    </message>
    <message>
        <source>%1 output / %2 input per 1M</source>
        <translation>%1 Ausgabe / %2 Eingabe pro 1 Mio.</translation>
    </message>
    <message>
        <source>%1: %2 = %3. In the scenario an output token costs %4 an input token: %5 per 1M output / %6 per 1M input.</source>
        <translation>%1: %2 = %3. Im Szenario kostet ein Ausgabe-Token %4 so viel wie ein Eingabe-Token: %5 pro 1 Mio. Ausgabe / %6 pro 1 Mio. Eingabe.</translation>
    </message>
    <message>
        <source>Output price / input price, per API (%1 to %2)</source>
        <translation>Ausgabepreis / Eingabepreis, pro API (%1 bis %2)</translation>
    </message>
    <message>
        <source>Output / input cost here: %1 (%2, batch %3)</source>
        <translation>Kosten Ausgabe / Eingabe hier: %1 (%2, Batch %3)</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Cost at the serving load</source>
        <translation>Kosten bei der Serving-Last</translation>
    </message>
    <message>
        <source>At the serving load the replica&apos;s GPU time, spread over the tokens it served, comes to %1 per 1M output and %2 per 1M input tokens: %3. Each run&apos;s time is split between its prompt and its output tokens by what bounds the run (FLOPs or bytes). The static figure, one batch of one request shape, is %4.</source>
        <translation>Bei der Serving-Last ergibt die GPU-Zeit der Replika, verteilt auf die bedienten Token, %1 pro 1 Mio. Ausgabe- und %2 pro 1 Mio. Eingabe-Token: %3. Die Zeit jedes Durchlaufs wird nach dem, was den Durchlauf begrenzt (FLOPs oder Bytes), auf seine Prompt- und Ausgabe-Token aufgeteilt. Der statische Wert, ein Batch mit einer einzigen Anfrageform, ist %4.</translation>
    </message>
    <message>
        <source>Output / input cost at the serving load: %1 (%2, simulated)</source>
        <translation>Kosten Ausgabe / Eingabe bei der Serving-Last: %1 (%2, simuliert)</translation>
    </message>
    <message>
        <source>Cost here
at %1</source>
        <translation>Kosten hier
bei %1</translation>
    </message>
</context>
<context>
    <name>tce::PromptCacheView</name>
    <message>
        <source>Cache hit rate (share of requests that read the prefix)</source>
        <translation>Cache-Trefferquote (Anteil der Anfragen, die den Präfix lesen)</translation>
    </message>
    <message>
        <source>One request (USD)</source>
        <translation>Eine Anfrage (USD)</translation>
    </message>
    <message>
        <source>hit rate %1</source>
        <translation>Trefferquote %1</translation>
    </message>
    <message>
        <source>Price with the cache: reads at %1, writes at %2 per 1M</source>
        <translation>Preis mit Cache: Lesen zu %1, Schreiben zu %2 pro 1 Mio.</translation>
    </message>
    <message>
        <source>Price without: every prompt token at %1 per 1M</source>
        <translation>Preis ohne: jedes Prompt-Token zu %1 pro 1 Mio.</translation>
    </message>
    <message>
        <source>GPU cost with the cache: a hit skips the prefix&apos;s prefill</source>
        <translation>GPU-Kosten mit Cache: Ein Treffer überspringt den Prefill des Präfixes</translation>
    </message>
    <message>
        <source>GPU cost without: the whole prompt prefilled</source>
        <translation>GPU-Kosten ohne: der ganze Prompt im Prefill</translation>
    </message>
    <message>
        <source>this request: writes the cache</source>
        <translation>diese Anfrage: schreibt den Cache</translation>
    </message>
    <message>
        <source>this request: a hit</source>
        <translation>diese Anfrage: ein Treffer</translation>
    </message>
    <message>
        <source>Prefix: %1 of %2 prompt tokens (90%, assumed: the scenario sets none)</source>
        <translation>Präfix: %1 von %2 Prompt-Token (90 %, angenommen: Das Szenario legt keinen fest)</translation>
    </message>
    <message>
        <source>Prefix: %1 of %2 prompt tokens</source>
        <translation>Präfix: %1 von %2 Prompt-Token</translation>
    </message>
    <message>
        <source>A write costs no more than input: every hit saves</source>
        <translation>Ein Schreibvorgang kostet nicht mehr als Eingabe: Jeder Treffer spart</translation>
    </message>
    <message>
        <source>A cache read costs as much as input: caching never pays</source>
        <translation>Ein Lesen aus dem Cache kostet so viel wie Eingabe: Caching lohnt sich nie</translation>
    </message>
    <message>
        <source>At a hit rate of %1: price %1 × %2 (a hit) + %3 × %4 (a write) = %5, against %6 without the cache. GPU cost %1 × %7 + %3 × %8 = %9, against %8 without: a hit skips the prefill of %10 prefix tokens, while their KV is still read by every decode step.</source>
        <translation>Bei einer Trefferquote von %1: Preis %1 × %2 (Treffer) + %3 × %4 (Schreiben) = %5, gegenüber %6 ohne Cache. GPU-Kosten %1 × %7 + %3 × %8 = %9, gegenüber %8 ohne: Ein Treffer überspringt den Prefill von %10 Präfix-Token, deren KV aber weiterhin von jedem Decode-Schritt gelesen wird.</translation>
    </message>
    <message>
        <source>caching pays the buyer above a hit rate of %1</source>
        <translation>Caching lohnt sich für den Kunden ab einer Trefferquote über %1</translation>
    </message>
</context>
<context>
    <name>tce::RequestFeaturesGroup</name>
    <message>
        <source>Caching, reasoning, speculation, energy</source>
        <translation>Caching, Reasoning, Spekulation, Energie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Token</translation>
    </message>
    <message>
        <source>The first tokens of the prompt that an earlier request left in the prompt cache (a system prompt, a document). A hit skips their prefill, but every decode step still reads their keys and values, and they hold memory.</source>
        <translation>Die ersten Token des Prompts, die eine frühere Anfrage im Prompt-Cache hinterlassen hat (ein System-Prompt, ein Dokument). Ein Treffer überspringt ihren Prefill, aber jeder Decode-Schritt liest weiterhin ihre Keys und Values, und sie belegen Speicher.</translation>
    </message>
    <message>
        <source>This request writes the cache (a miss)</source>
        <translation>Diese Anfrage schreibt den Cache (Fehltreffer)</translation>
    </message>
    <message>
        <source>A miss: the whole prompt is prefilled and the prefix is stored, billed at the cache-write price.</source>
        <translation>Ein Fehltreffer: Der ganze Prompt geht durch den Prefill, und der Präfix wird gespeichert, abgerechnet zum Cache-Schreibpreis.</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>input price</source>
        <translation>Eingabepreis</translation>
    </message>
    <message>
        <source>API price per 1M prompt tokens read from the cache (0: the input price). Providers charge about a tenth of the input price.</source>
        <translation>API-Preis pro 1 Mio. Prompt-Token, die aus dem Cache gelesen werden (0: der Eingabepreis). Anbieter verlangen etwa ein Zehntel des Eingabepreises.</translation>
    </message>
    <message>
        <source>API price per 1M prompt tokens written to the cache (0: the input price). Anthropic charges 1.25x the input price for a 5-minute write.</source>
        <translation>API-Preis pro 1 Mio. Prompt-Token, die in den Cache geschrieben werden (0: der Eingabepreis). Anthropic verlangt für einen Schreibvorgang mit 5 Minuten Gültigkeit das 1,25-Fache des Eingabepreises.</translation>
    </message>
    <message>
        <source>Hidden reasoning before the visible answer: decoded like output, held in the KV cache, billed at the output price, never shown.</source>
        <translation>Verborgenes Reasoning vor der sichtbaren Antwort: wie Ausgabe dekodiert, im KV-Cache gehalten, zum Ausgabepreis abgerechnet, nie angezeigt.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Draft head (EAGLE)</source>
        <translation>Draft-Kopf (EAGLE)</translation>
    </message>
    <message>
        <source>Speculative decoding: a draft proposes k tokens, one run of the target checks all k + 1 positions. A head on the target&apos;s hidden states (EAGLE), or a smaller model run on the same GPUs.</source>
        <translation>Spekulatives Decoding: Ein Draft schlägt k Token vor, ein Durchlauf des Zielmodells prüft alle k + 1 Positionen. Ein Kopf auf den Hidden States des Zielmodells (EAGLE) oder ein kleineres Modell auf denselben GPUs.</translation>
    </message>
    <message>
        <source>Draft length k: tokens proposed per round.</source>
        <translation>Draft-Länge k: pro Runde vorgeschlagene Token.</translation>
    </message>
    <message>
        <source>Acceptance rate α: the chance that the target keeps a draft token. A round yields (1 − α^(k+1)) / (1 − α) tokens on average.</source>
        <translation>Akzeptanzrate α: die Wahrscheinlichkeit, dass das Zielmodell ein Draft-Token behält. Eine Runde liefert im Mittel (1 − α^(k+1)) / (1 − α) Token.</translation>
    </message>
    <message>
        <source> g CO₂/kWh</source>
        <translation> g CO₂/kWh</translation>
    </message>
    <message>
        <source>The grid&apos;s carbon intensity, for the energy figures&apos; CO₂ (the world average was 480 g/kWh in 2024, Ember).</source>
        <translation>Die CO₂-Intensität des Stromnetzes, für das CO₂ der Energiewerte (der Weltdurchschnitt lag 2024 bei 480 g/kWh, Ember).</translation>
    </message>
    <message>
        <source>Cache read / 1M</source>
        <translation>Cache-Lesen / 1 Mio.</translation>
    </message>
    <message>
        <source>Cache write / 1M</source>
        <translation>Cache-Schreiben / 1 Mio.</translation>
    </message>
    <message>
        <source>&amp;Speculative draft</source>
        <translation>Spekulati&amp;ver Draft</translation>
    </message>
    <message>
        <source>Draft tokens k</source>
        <translation>Draft-Token k</translation>
    </message>
    <message>
        <source>Acceptance α</source>
        <translation>Akzeptanz α</translation>
    </message>
    <message>
        <source>Grid intensity</source>
        <translation>Netz-CO₂-Intensität</translation>
    </message>
    <message>
        <source>Change cached prefix</source>
        <translation>Präfix aus dem Cache ändern</translation>
    </message>
    <message>
        <source>Write the prompt cache</source>
        <translation>Prompt-Cache schreiben</translation>
    </message>
    <message>
        <source>Read the prompt cache</source>
        <translation>Prompt-Cache lesen</translation>
    </message>
    <message>
        <source>Change cache-read price</source>
        <translation>Cache-Lesepreis ändern</translation>
    </message>
    <message>
        <source>Change cache-write price</source>
        <translation>Cache-Schreibpreis ändern</translation>
    </message>
    <message>
        <source>Change reasoning tokens</source>
        <translation>Reasoning-Token ändern</translation>
    </message>
    <message>
        <source>Change speculative draft</source>
        <translation>Spekulativen Draft ändern</translation>
    </message>
    <message>
        <source>Change draft tokens</source>
        <translation>Draft-Token ändern</translation>
    </message>
    <message>
        <source>Change acceptance rate</source>
        <translation>Akzeptanzrate ändern</translation>
    </message>
    <message>
        <source>Change grid intensity</source>
        <translation>Netz-CO₂-Intensität ändern</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Under load (the Serving and Timeline charts): the share of requests that find the prefix in the cache. The others prefill it in full.</source>
        <translation>Unter Last (Diagramme „Serving“ und „Zeitverlauf“): der Anteil der Anfragen, die den Präfix im Cache finden. Die übrigen verarbeiten ihn vollständig im Prefill.</translation>
    </message>
    <message>
        <source>Hits under load</source>
        <translation>Treffer unter Last</translation>
    </message>
    <message>
        <source>Change cache hits under load</source>
        <translation>Cache-Treffer unter Last ändern</translation>
    </message>
    <message>
        <source>Cached pre&amp;fix</source>
        <translation>Präfix aus &amp;dem Cache</translation>
    </message>
    <message>
        <source>Hi&amp;dden reasoning tokens</source>
        <translation>&amp;Unsichtbare Reasoning-Token</translation>
    </message>
</context>
<context>
    <name>tce::RooflineView</name>
    <message>
        <source>Arithmetic intensity (FLOPs per byte moved)</source>
        <translation>Arithmetische Intensität (FLOPs pro bewegtem Byte)</translation>
    </message>
    <message>
        <source>Attained FLOP/s</source>
        <translation>Erreichte FLOP/s</translation>
    </message>
    <message>
        <source>%1 FLOP/byte</source>
        <translation>%1 FLOP/Byte</translation>
    </message>
    <message>
        <source>Arithmetic intensity %1 FLOP per byte moved. The GPU&apos;s ridge is at peak / bandwidth = %2 / %3 = %4 FLOP/byte: below it a run waits on memory, above it on arithmetic. Here: %5.
Prefill: %6 FLOP/byte, decode: %7 FLOP/byte.</source>
        <translation>Arithmetische Intensität %1 FLOP pro bewegtem Byte. Der Knickpunkt der GPU liegt bei Spitzenleistung / Bandbreite = %2 / %3 = %4 FLOP/Byte: Darunter wartet ein Durchlauf auf den Speicher, darüber auf die Rechenwerke. Hier: %5.
Prefill: %6 FLOP/Byte, Decode: %7 FLOP/Byte.</translation>
    </message>
    <message>
        <source>Hardware roofline: %1, %2</source>
        <translation>Hardware-Roofline: %1, %2</translation>
    </message>
    <message>
        <source>Engine efficiency: %1</source>
        <translation>Engine-Effizienz: %1</translation>
    </message>
    <message>
        <source>Prefill (%1 prompts of %2 tokens)</source>
        <translation>Prefill (%1 Prompts mit %2 Token)</translation>
    </message>
    <message>
        <source>Decode step (batch of %1)</source>
        <translation>Decode-Schritt (Batch von %1)</translation>
    </message>
    <message>
        <source>ridge %1 FLOP/byte</source>
        <translation>Knickpunkt %1 FLOP/Byte</translation>
    </message>
    <message>
        <source>prefill</source>
        <translation>Prefill</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>Decode</translation>
    </message>
</context>
<context>
    <name>tce::ScenarioPanel</name>
    <message>
        <source>Model and hardware</source>
        <translation>Modell und Hardware</translation>
    </message>
    <message>
        <source>The model architecture: layers, width, attention heads, experts. Choose a preset or import a Hugging Face config.json (you can also drop one on the window).</source>
        <translation>Die Modellarchitektur: Schichten, Breite, Attention-Heads, Experten. Wählen Sie eine Voreinstellung oder importieren Sie eine Hugging-Face-config.json (Sie können sie auch auf das Fenster ziehen).</translation>
    </message>
    <message>
        <source>The accelerator: its peak FLOP/s, memory bandwidth and memory size.</source>
        <translation>Der Beschleuniger: seine Spitzen-FLOP/s, Speicherbandbreite und Speichergröße.</translation>
    </message>
    <message>
        <source>GPUs serving one copy of the model with tensor parallelism: they split every layer and exchange activations twice per layer.</source>
        <translation>GPUs, die eine Kopie des Modells mit Tensor-Parallelität bereitstellen: Sie teilen jede Schicht auf und tauschen zweimal pro Schicht Aktivierungen aus.</translation>
    </message>
    <message>
        <source>How the weights are stored. Fewer bits mean fewer bytes to stream per decode step; fp8 and int8 also compute faster on hardware that supports them.</source>
        <translation>Wie die Gewichte gespeichert werden. Weniger Bits bedeuten weniger Bytes, die pro Decode-Schritt gelesen werden; fp8 und int8 rechnen außerdem schneller auf Hardware, die sie unterstützt.</translation>
    </message>
    <message>
        <source>How keys and values are stored in the KV cache.</source>
        <translation>Wie Keys und Values im KV-Cache gespeichert werden.</translation>
    </message>
    <message>
        <source>The serving engine&apos;s profile: how close it gets to the hardware&apos;s peak (efficiencies), its fixed cost per run, and the memory it keeps for itself. &apos;Ideal roofline&apos; is the textbook bound.</source>
        <translation>Das Profil der Serving-Engine: wie nah sie an die Spitzenleistung der Hardware herankommt (Effizienzen), ihre Fixkosten pro Durchlauf und der Speicher, den sie für sich behält. „Ideal roofline“ ist die Grenze aus dem Lehrbuch.</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Hardware</source>
        <translation>&amp;Hardware</translation>
    </message>
    <message>
        <source>&amp;GPUs</source>
        <translation>&amp;GPUs</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>Ge&amp;wichte</translation>
    </message>
    <message>
        <source>&amp;KV cache</source>
        <translation>&amp;KV-Cache</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>&amp;Engine</translation>
    </message>
    <message>
        <source>Request and batch</source>
        <translation>Anfrage und Batch</translation>
    </message>
    <message>
        <source>Prompt length I: tokens processed together in one prefill run.</source>
        <translation>Prompt-Länge I: Token, die gemeinsam in einem Prefill-Durchlauf verarbeitet werden.</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Eingabe-Token</translation>
    </message>
    <message>
        <source>Output length O: each output token needs one more run over the whole model.</source>
        <translation>Ausgabelänge O: Jedes Ausgabe-Token braucht einen weiteren Durchlauf durch das ganze Modell.</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Ausgabe-Token</translation>
    </message>
    <message>
        <source>Sequences decoded together: they share one read of the weights per step.</source>
        <translation>Gemeinsam dekodierte Sequenzen: Sie teilen sich pro Schritt ein Lesen der Gewichte.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Use a KV cache</source>
        <translation>KV-Cache verwenden</translation>
    </message>
    <message>
        <source>Keep every token&apos;s keys and values, so each output token runs the model once over one token. Off: every output token recomputes the whole prefix.</source>
        <translation>Keys und Values jedes Tokens behalten, sodass jedes Ausgabe-Token das Modell nur einmal über ein einziges Token laufen lässt. Aus: Jedes Ausgabe-Token berechnet den ganzen Präfix neu.</translation>
    </message>
    <message>
        <source>&amp;Input tokens</source>
        <translation>E&amp;ingabe-Token</translation>
    </message>
    <message>
        <source>&amp;Output tokens</source>
        <translation>&amp;Ausgabe-Token</translation>
    </message>
    <message>
        <source>&amp;Batch size</source>
        <translation>&amp;Batchgröße</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>What one GPU costs per hour (rental or amortised).</source>
        <translation>Was eine GPU pro Stunde kostet (Miete oder Abschreibung).</translation>
    </message>
    <message>
        <source>An API&apos;s list price, to compare with the cost: dated presets, editable below.</source>
        <translation>Der Listenpreis einer API zum Vergleich mit den Kosten: datierte Voreinstellungen, unten bearbeitbar.</translation>
    </message>
    <message>
        <source>API price per 1M input tokens.</source>
        <translation>API-Preis pro 1 Mio. Eingabe-Token.</translation>
    </message>
    <message>
        <source>API price per 1M output tokens.</source>
        <translation>API-Preis pro 1 Mio. Ausgabe-Token.</translation>
    </message>
    <message>
        <source>GPU-&amp;hour</source>
        <translation>GPU-&amp;Stunde</translation>
    </message>
    <message>
        <source>API &amp;price</source>
        <translation>API-&amp;Preis</translation>
    </message>
    <message>
        <source>Input / 1M</source>
        <translation>Eingabe / 1 Mio.</translation>
    </message>
    <message>
        <source>Output / 1M</source>
        <translation>Ausgabe / 1 Mio.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>The engine profile&apos;s factors. They start from published measurements (see Help &gt; About) and can be changed.</source>
        <translation>Die Faktoren des Engine-Profils. Sie beruhen zunächst auf veröffentlichten Messungen (siehe Hilfe &gt; Über) und lassen sich ändern.</translation>
    </message>
    <message>
        <source>Share of the peak FLOP/s reached in compute-bound runs (prefill).</source>
        <translation>Anteil der Spitzen-FLOP/s, der in rechengebundenen Durchläufen (Prefill) erreicht wird.</translation>
    </message>
    <message>
        <source>Share of the peak memory bandwidth reached in memory-bound runs (decode).</source>
        <translation>Anteil der maximalen Speicherbandbreite, der in speichergebundenen Durchläufen (Decode) erreicht wird.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Fixed time per run: scheduling, kernel launches, sampling.</source>
        <translation>Feste Zeit pro Durchlauf: Scheduling, Kernel-Starts, Sampling.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>GPU memory the engine leaves unused.</source>
        <translation>GPU-Speicher, den die Engine ungenutzt lässt.</translation>
    </message>
    <message>
        <source>same as batch</source>
        <translation>wie Batch</translation>
    </message>
    <message>
        <source>Prompts prefilled in one run. 0: as many as the batch.</source>
        <translation>Prompts pro Prefill-Durchlauf. 0: so viele wie der Batch.</translation>
    </message>
    <message>
        <source>Compute efficiency</source>
        <translation>Recheneffizienz</translation>
    </message>
    <message>
        <source>Memory efficiency</source>
        <translation>Speichereffizienz</translation>
    </message>
    <message>
        <source>Overhead per run</source>
        <translation>Overhead pro Durchlauf</translation>
    </message>
    <message>
        <source>Memory reserve</source>
        <translation>Speicherreserve</translation>
    </message>
    <message>
        <source>Prefill batch</source>
        <translation>Prefill-Batch</translation>
    </message>
    <message>
        <source>Change model</source>
        <translation>Modell ändern</translation>
    </message>
    <message>
        <source>Change hardware</source>
        <translation>Hardware ändern</translation>
    </message>
    <message>
        <source>Change engine</source>
        <translation>Engine ändern</translation>
    </message>
    <message>
        <source>Change API price</source>
        <translation>API-Preis ändern</translation>
    </message>
    <message>
        <source>Change GPU count</source>
        <translation>GPU-Anzahl ändern</translation>
    </message>
    <message>
        <source>Change weight format</source>
        <translation>Gewichtsformat ändern</translation>
    </message>
    <message>
        <source>Change KV cache format</source>
        <translation>KV-Cache-Format ändern</translation>
    </message>
    <message>
        <source>Change input length</source>
        <translation>Eingabelänge ändern</translation>
    </message>
    <message>
        <source>Change output length</source>
        <translation>Ausgabelänge ändern</translation>
    </message>
    <message>
        <source>Change batch size</source>
        <translation>Batchgröße ändern</translation>
    </message>
    <message>
        <source>Use the KV cache</source>
        <translation>KV-Cache verwenden</translation>
    </message>
    <message>
        <source>Turn off the KV cache</source>
        <translation>KV-Cache abschalten</translation>
    </message>
    <message>
        <source>Change GPU-hour price</source>
        <translation>GPU-Stundenpreis ändern</translation>
    </message>
    <message>
        <source>custom price</source>
        <translation>eigener Preis</translation>
    </message>
    <message>
        <source>Change input price</source>
        <translation>Eingabepreis ändern</translation>
    </message>
    <message>
        <source>Change output price</source>
        <translation>Ausgabepreis ändern</translation>
    </message>
    <message>
        <source>Change compute efficiency</source>
        <translation>Recheneffizienz ändern</translation>
    </message>
    <message>
        <source>Change memory efficiency</source>
        <translation>Speichereffizienz ändern</translation>
    </message>
    <message>
        <source>Change overhead per run</source>
        <translation>Overhead pro Durchlauf ändern</translation>
    </message>
    <message>
        <source>Change memory reserve</source>
        <translation>Speicherreserve ändern</translation>
    </message>
    <message>
        <source>Change prefill batch</source>
        <translation>Prefill-Batch ändern</translation>
    </message>
    <message>
        <source>Import config.json…</source>
        <translation>config.json importieren…</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (importiert)</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash Attention</translation>
    </message>
    <message>
        <source>Turn on flash attention</source>
        <translation>Flash Attention einschalten</translation>
    </message>
    <message>
        <source>Turn off flash attention</source>
        <translation>Flash Attention ausschalten</translation>
    </message>
    <message>
        <source>Attention in one kernel, its scores kept on chip. Off (llama.cpp -fa 0): every micro-batch of %1 tokens writes its scores to memory and reads them back, %2 bytes per score, head and layer, so a long prompt is slower per token than a short one.</source>
        <translation>Attention in einem Kernel, die Scores bleiben auf dem Chip. Aus (llama.cpp -fa 0): Jeder Mikro-Batch von %1 Tokens schreibt seine Scores in den Speicher und liest sie zurück, %2 Bytes pro Score, Head und Schicht, daher ist ein langer Prompt pro Token langsamer als ein kurzer.</translation>
    </message>
    <message>
        <source>%1 always runs attention in one kernel.</source>
        <translation>%1 berechnet Attention immer in einem Kernel.</translation>
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
        <translation>Eingabe + Ausgabe = %1 Token überschreiten das Kontextfenster des Modells von %2 Token: Das Modell kann diese Anfrage nicht ausführen; die Zahlen nehmen an, dass es das könnte.</translation>
    </message>
    <message>
        <source>The weights need %1 but only %2 of GPU memory is usable: the weights do not fit; use more GPUs, GPUs with more memory or fewer bits per weight. The numbers assume they fit.</source>
        <translation>Die Gewichte brauchen %1, aber nur %2 GPU-Speicher sind nutzbar: Die Gewichte passen nicht hinein; verwenden Sie mehr GPUs, GPUs mit mehr Speicher oder weniger Bits pro Gewicht. Die Zahlen nehmen an, dass sie passen.</translation>
    </message>
    <message>
        <source>One sequence&apos;s KV cache needs %1 but only %2 is left after the weights: not even one sequence fits; shorten the input or output, store the KV cache in fewer bits or use more GPUs. The numbers assume it fits.</source>
        <translation>Der KV-Cache einer Sequenz braucht %1, aber nach den Gewichten bleiben nur %2: Nicht einmal eine Sequenz passt; kürzen Sie Eingabe oder Ausgabe, speichern Sie den KV-Cache mit weniger Bits oder verwenden Sie mehr GPUs. Die Zahlen nehmen an, dass er passt.</translation>
    </message>
    <message>
        <source>The batch&apos;s KV cache needs %1 but only %2 is left after the weights: the batch does not fit; lower the batch, shorten the sequences or use more GPUs. The numbers assume it fits.</source>
        <translation>Der KV-Cache des Batches braucht %1, aber nach den Gewichten bleiben nur %2: Der Batch passt nicht; verkleinern Sie den Batch, kürzen Sie die Sequenzen oder verwenden Sie mehr GPUs. Die Zahlen nehmen an, dass er passt.</translation>
    </message>
</context>
<context>
    <name>tce::ServingChartView</name>
    <message>
        <source>The simulation failed: %1</source>
        <translation>Die Simulation ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>Simulation läuft…</translation>
    </message>
</context>
<context>
    <name>tce::ServingController</name>
    <message>
        <source>Drag the load</source>
        <translation>Last ziehen</translation>
    </message>
</context>
<context>
    <name>tce::ServingLoadGroup</name>
    <message>
        <source>Load on the server</source>
        <translation>Last auf dem Server</translation>
    </message>
    <message>
        <source>Clients (each waits for its answer)</source>
        <translation>Clients (jeder wartet auf seine Antwort)</translation>
    </message>
    <message>
        <source>Requests per second (at random)</source>
        <translation>Anfragen pro Sekunde (zufällig)</translation>
    </message>
    <message>
        <source>A trace&apos;s timestamps</source>
        <translation>Zeitstempel eines Traces</translation>
    </message>
    <message>
        <source>How requests reach the simulated server (the Serving and Timeline charts): a number of clients that each send the next request when the last one is answered, as benchmarks run it; or requests arriving at random at a rate, as from many independent users.</source>
        <translation>Wie Anfragen den simulierten Server erreichen (Diagramme „Serving“ und „Zeitverlauf“): eine Anzahl Clients, die jeweils die nächste Anfrage senden, sobald die letzte beantwortet ist, wie Benchmarks es tun; oder Anfragen, die zufällig mit einer Rate eintreffen, wie von vielen unabhängigen Nutzern.</translation>
    </message>
    <message>
        <source>Clients sending requests at once. The Serving chart sweeps 1 to 512; you can also drag the point marked &apos;This load&apos; there.</source>
        <translation>Clients, die gleichzeitig Anfragen senden. Das Diagramm „Serving“ durchläuft 1 bis 512; dort können Sie auch den mit „Diese Last“ markierten Punkt ziehen.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> Anfr./s</translation>
    </message>
    <message>
        <source>Requests arriving per second, at random (Poisson).</source>
        <translation>Pro Sekunde eintreffende Anfragen, zufällig (Poisson).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>A latency target: the longest a user should wait for the first token. Goodput counts the requests per second that meet every target. 0: no target.</source>
        <translation>Ein Latenzziel: die längste Zeit, die ein Nutzer auf das erste Token warten soll. Goodput zählt die Anfragen pro Sekunde, die jedes Ziel einhalten. 0: kein Ziel.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>A latency target: the longest mean time between two output tokens of a request (50 ms is 20 tokens per second, faster than anyone reads). 0: no target.</source>
        <translation>Ein Latenzziel: die längste mittlere Zeit zwischen zwei Ausgabe-Token einer Anfrage (50 ms sind 20 Token pro Sekunde, schneller, als irgendjemand liest). 0: kein Ziel.</translation>
    </message>
    <message>
        <source>Lo&amp;ad</source>
        <translation>Las&amp;t</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>&amp;Requests / s</source>
        <translation>An&amp;fragen / s</translation>
    </message>
    <message>
        <source>&amp;Time to first token ≤</source>
        <translation>Zeit bis zum ersten T&amp;oken ≤</translation>
    </message>
    <message>
        <source>Time betwee&amp;n tokens ≤</source>
        <translation>Zeit zwische&amp;n Token ≤</translation>
    </message>
    <message>
        <source>Load by clients</source>
        <translation>Last nach Clients</translation>
    </message>
    <message>
        <source>Load by request rate</source>
        <translation>Last nach Anfragerate</translation>
    </message>
    <message>
        <source>Change clients</source>
        <translation>Clients ändern</translation>
    </message>
    <message>
        <source>Change request rate</source>
        <translation>Anfragerate ändern</translation>
    </message>
    <message>
        <source>Change the time-to-first-token target</source>
        <translation>Ziel für die Zeit bis zum ersten Token ändern</translation>
    </message>
    <message>
        <source>Change the inter-token latency target</source>
        <translation>Ziel für die Inter-Token-Latenz ändern</translation>
    </message>
</context>
<context>
    <name>tce::ServingLoadText</name>
    <message>
        <source>1 client</source>
        <translation>1 Client</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients</source>
        <translation>
            <numerusform>%Ln Client</numerusform>
            <numerusform>%Ln Clients</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation>%1 Anfragen/s</translation>
    </message>
    <message>
        <source>the trace&apos;s timestamps</source>
        <translation>die Zeitstempel der Trace</translation>
    </message>
</context>
<context>
    <name>tce::ServingTimelineView</name>
    <message>
        <source>Time since the first request</source>
        <translation>Zeit seit der ersten Anfrage</translation>
    </message>
    <message>
        <source>Sequences running, requests waiting</source>
        <translation>Laufende Sequenzen, wartende Anfragen</translation>
    </message>
    <message>
        <source>KV cache in use (% of capacity)</source>
        <translation>Belegter KV-Cache (% der Kapazität)</translation>
    </message>
    <message>
        <source>Sequences running (left)</source>
        <translation>Laufende Sequenzen (links)</translation>
    </message>
    <message>
        <source>Requests waiting (left)</source>
        <translation>Wartende Anfragen (links)</translation>
    </message>
    <message>
        <source>KV cache in use (right)</source>
        <translation>Belegter KV-Cache (rechts)</translation>
    </message>
    <message>
        <source>Sequences running at %1 (left; mean %2, at most %3)</source>
        <translation>Laufende Sequenzen bei %1 (links; im Mittel %2, höchstens %3)</translation>
    </message>
    <message>
        <source>measured: after the warm-up, before the drain</source>
        <translation>gemessen: nach dem Aufwärmen, vor dem Auslaufen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>tce::ServingView</name>
    <message>
        <source>Output tokens per second per GPU (more load →)</source>
        <translation>Ausgabe-Token pro Sekunde pro GPU (mehr Last →)</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Time to first token, median</source>
        <translation>Zeit bis zum ersten Token, Median</translation>
    </message>
    <message>
        <source>Time to first token, p99</source>
        <translation>Zeit bis zum ersten Token, p99</translation>
    </message>
    <message>
        <source>Inter-token latency, median</source>
        <translation>Inter-Token-Latenz, Median</translation>
    </message>
    <message>
        <source>Inter-token latency, p99</source>
        <translation>Inter-Token-Latenz, p99</translation>
    </message>
    <message>
        <source>Best goodput: %1 requests/s within the targets (%2)</source>
        <translation>Bester Goodput: %1 Anfragen/s innerhalb der Ziele (%2)</translation>
    </message>
    <message>
        <source>TTFT target: %1</source>
        <translation>TTFT-Ziel: %1</translation>
    </message>
    <message>
        <source>target between tokens (a request&apos;s mean): %1</source>
        <translation>Ziel zwischen Token (Mittel einer Anfrage): %1</translation>
    </message>
    <message>
        <source>knee: %1</source>
        <translation>Knie: %1</translation>
    </message>
    <message>
        <source>This load: %1 (drag it along the curves)</source>
        <translation>Diese Last: %1 (entlang der Kurven ziehen)</translation>
    </message>
    <message>
        <source>%1 per GPU</source>
        <translation>%1 pro GPU</translation>
    </message>
    <message>
        <source>%1 at %2: %3. The replica runs %4 sequences at once on average (at most %5; the KV cache peaks at %6 of %7), emits %8 output tokens per second (%9 per GPU) and finishes %10 requests per second.</source>
        <translation>%1 bei %2: %3. Die Replika führt im Mittel %4 Sequenzen gleichzeitig aus (höchstens %5; der KV-Cache erreicht in der Spitze %6 von %7), erzeugt %8 Ausgabe-Token pro Sekunde (%9 pro GPU) und schließt %10 Anfragen pro Sekunde ab.</translation>
    </message>
    <message>
        <source>Time to first token %1 (median) to %2 (p99); between tokens %3 to %4; a whole request %5 (median).</source>
        <translation>Zeit bis zum ersten Token %1 (Median) bis %2 (p99); zwischen Token %3 bis %4; eine ganze Anfrage %5 (Median).</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Output tokens per second per GPU</source>
        <translation>Ausgabe-Token pro Sekunde pro GPU</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Goodput</source>
        <translation>Goodput</translation>
    </message>
</context>
<context>
    <name>tce::SettingsMenus</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
</context>
<context>
    <name>tce::SpeculativeView</name>
    <message>
        <source>Batch size (sequences decoded together)</source>
        <translation>Batchgröße (gemeinsam dekodierte Sequenzen)</translation>
    </message>
    <message>
        <source>Decode speed-up from speculation</source>
        <translation>Decode-Beschleunigung durch Spekulation</translation>
    </message>
    <message>
        <source>GPU cost per 1M output tokens (USD)</source>
        <translation>GPU-Kosten pro 1 Mio. Ausgabe-Token (USD)</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>Batch %1</translation>
    </message>
    <message>
        <source>Speed-up: %1 tokens per verification run (k = %2, α = %3) (left)</source>
        <translation>Beschleunigung: %1 Token pro Prüfdurchlauf (k = %2, α = %3) (links)</translation>
    </message>
    <message>
        <source>Cost per 1M output tokens, speculating (right)</source>
        <translation>Kosten pro 1 Mio. Ausgabe-Token, spekulativ (rechts)</translation>
    </message>
    <message>
        <source>Cost per 1M output tokens, one token per run (right)</source>
        <translation>Kosten pro 1 Mio. Ausgabe-Token, ein Token pro Durchlauf (rechts)</translation>
    </message>
    <message>
        <source>no speed-up</source>
        <translation>keine Beschleunigung</translation>
    </message>
    <message>
        <source>slower than plain decoding from batch %1</source>
        <translation>ab Batch %1 langsamer als normales Decoding</translation>
    </message>
    <message>
        <source>this batch: %1</source>
        <translation>dieser Batch: %1</translation>
    </message>
    <message>
        <source>Batch %1 at position %2: one plain decode step takes %3 (%4-bound) and yields one token per sequence. A speculative round drafts %5 tokens and verifies %6 positions in one run of %7 (%8-bound), %9 with the draft, and yields %10 tokens on average: %11 faster.</source>
        <translation>Batch %1 an Position %2: Ein normaler Decode-Schritt dauert %3 (begrenzt durch %4) und liefert ein Token pro Sequenz. Eine spekulative Runde entwirft %5 Token und prüft %6 Positionen in einem Durchlauf von %7 (begrenzt durch %8), %9 mit dem Draft, und liefert im Mittel %10 Token: %11 schneller.</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Speicherbandbreite</translation>
    </message>
    <message>
        <source>The scenario sets no draft: shown with an EAGLE-style draft head, k = %1, α = %2
(set one under Caching, reasoning, speculation, energy)</source>
        <translation>Das Szenario legt keinen Draft fest: dargestellt mit einem Draft-Kopf im Stil von EAGLE, k = %1, α = %2
(einen Draft unter „Caching, Reasoning, Spekulation, Energie“ festlegen)</translation>
    </message>
</context>
<context>
    <name>tce::SpeedStreamView</name>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Start both streams again.</source>
        <translation>Beide Ströme neu starten.</translation>
    </message>
    <message>
        <source>Prompt: %1 tokens in one prefill, %2 (%3)</source>
        <translation>Prompt: %1 Token in einem Prefill, %2 (%3)</translation>
    </message>
    <message>
        <source>Output: one token per decode step, %1 for this sequence</source>
        <translation>Ausgabe: ein Token pro Decode-Schritt, %1 für diese Sequenz</translation>
    </message>
</context>
<context>
    <name>tce::SpinBoxWatcher</name>
    <message>
        <source>%1 is out of range: enter a number from %2 to %3.</source>
        <translation>%1 liegt außerhalb des gültigen Bereichs: Geben Sie eine Zahl von %2 bis %3 ein.</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3): set to %4.</source>
        <translation>%1 liegt außerhalb des gültigen Bereichs (%2 bis %3): auf %4 gesetzt.</translation>
    </message>
</context>
<context>
    <name>tce::SummaryStrip</name>
    <message>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <source>The prefill: one run over the whole prompt (all prompts of the prefill batch together).</source>
        <translation>Der Prefill: ein Durchlauf über den ganzen Prompt (alle Prompts des Prefill-Batches gemeinsam).</translation>
    </message>
    <message>
        <source>Decode speed</source>
        <translation>Decode-Tempo</translation>
    </message>
    <message>
        <source>Output tokens per second for one sequence, and for the whole batch. Each output token needs its own run over the model.</source>
        <translation>Ausgabe-Token pro Sekunde für eine Sequenz und für den ganzen Batch. Jedes Ausgabe-Token braucht einen eigenen Durchlauf durch das Modell.</translation>
    </message>
    <message>
        <source>Request latency</source>
        <translation>Anfragelatenz</translation>
    </message>
    <message>
        <source>Time to first token plus every decode step of this request.</source>
        <translation>Zeit bis zum ersten Token plus alle Decode-Schritte dieser Anfrage.</translation>
    </message>
    <message>
        <source>KV cache per token</source>
        <translation>KV-Cache pro Token</translation>
    </message>
    <message>
        <source>Keys and values one token leaves in GPU memory, summed over the layers.</source>
        <translation>Keys und Values, die ein Token im GPU-Speicher hinterlässt, summiert über die Schichten.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Whether the weights and the batch&apos;s KV cache fit in GPU memory, and how many sequences of this length would fit.</source>
        <translation>Ob die Gewichte und der KV-Cache des Batches in den GPU-Speicher passen und wie viele Sequenzen dieser Länge hineinpassen würden.</translation>
    </message>
    <message>
        <source>Input, per 1M tokens</source>
        <translation>Eingabe, pro 1 Mio. Token</translation>
    </message>
    <message>
        <source>What a prompt token costs the provider: its share of the prefill run&apos;s GPU time.</source>
        <translation>Was ein Prompt-Token den Anbieter kostet: sein Anteil an der GPU-Zeit des Prefill-Durchlaufs.</translation>
    </message>
    <message>
        <source>Output, per 1M tokens</source>
        <translation>Ausgabe, pro 1 Mio. Token</translation>
    </message>
    <message>
        <source>What an output token costs the provider: its share of one decode step&apos;s GPU time.</source>
        <translation>Was ein Ausgabe-Token den Anbieter kostet: sein Anteil an der GPU-Zeit eines Decode-Schritts.</translation>
    </message>
    <message>
        <source>Output / input cost</source>
        <translation>Kosten Ausgabe / Eingabe</translation>
    </message>
    <message>
        <source>How many times more an output token costs than an input token here, beside the ratio of the API&apos;s list prices.</source>
        <translation>Wievielmal mehr ein Ausgabe-Token hier kostet als ein Eingabe-Token, neben dem Verhältnis der Listenpreise der API.</translation>
    </message>
    <message>
        <source>Cost of one request</source>
        <translation>Kosten einer Anfrage</translation>
    </message>
    <message>
        <source>This request&apos;s share of the GPU bill: its share of the prefill plus its share of every decode step. Below it, the margin at the API price.</source>
        <translation>Der Anteil dieser Anfrage an der GPU-Rechnung: ihr Anteil am Prefill plus ihr Anteil an jedem Decode-Schritt. Darunter die Marge zum API-Preis.</translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation>rechengebunden</translation>
    </message>
    <message>
        <source>memory-bound</source>
        <translation>speichergebunden</translation>
    </message>
    <message>
        <source>%1 for the batch of %2</source>
        <translation>%1 für den Batch von %2</translation>
    </message>
    <message>
        <source>revenue %1 · margin %2</source>
        <translation>Erlös %1 · Marge %2</translation>
    </message>
    <message>
        <source>no API price set</source>
        <translation>kein API-Preis festgelegt</translation>
    </message>
    <message>
        <source>list price %1</source>
        <translation>Listenpreis %1</translation>
    </message>
    <message>
        <source>list prices: %1</source>
        <translation>Listenpreise: %1</translation>
    </message>
    <message>
        <source>no list price</source>
        <translation>kein Listenpreis</translation>
    </message>
    <message>
        <source>%1 for the batch at %2 tokens</source>
        <translation>%1 für den Batch bei %2 Token</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Passt</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Passt nicht</translation>
    </message>
    <message>
        <source>up to %1 sequences at this length</source>
        <translation>bis zu %1 Sequenzen bei dieser Länge</translation>
    </message>
    <message>
        <source>does not run: too long for the model</source>
        <translation>nicht ausführbar: zu lang für das Modell</translation>
    </message>
    <message>
        <source>does not run: the weights do not fit</source>
        <translation>nicht ausführbar: die Gewichte passen nicht</translation>
    </message>
    <message>
        <source>does not run: a sequence does not fit</source>
        <translation>nicht ausführbar: eine Sequenz passt nicht</translation>
    </message>
    <message>
        <source>does not run: the batch does not fit</source>
        <translation>nicht ausführbar: der Batch passt nicht</translation>
    </message>
    <message>
        <source>prefill of 1 prompt: %1, %2</source>
        <translation>Prefill von 1 Prompt: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>prefill of %Ln prompts: %1, %2</source>
        <translation>
            <numerusform>Prefill von %Ln Prompt: %1, %2</numerusform>
            <numerusform>Prefill von %Ln Prompts: %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>1 run: the prefill, no decode step</source>
        <translation>1 Durchlauf: der Prefill, kein Decode-Schritt</translation>
    </message>
    <message>
        <source>2 runs: 1 prefill + 1 decode step</source>
        <translation>2 Durchläufe: 1 Prefill + 1 Decode-Schritt</translation>
    </message>
    <message numerus="yes">
        <source>%1 runs: 1 prefill + %Ln decode steps</source>
        <translation>
            <numerusform>%1 Durchläufe: 1 Prefill + %Ln Decode-Schritt</numerusform>
            <numerusform>%1 Durchläufe: 1 Prefill + %Ln Decode-Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>up to 1 sequence at this length</source>
        <translation>bis zu 1 Sequenz bei dieser Länge</translation>
    </message>
    <message>
        <source>the weights alone (%1) exceed the %2 of usable memory</source>
        <translation>schon die Gewichte (%1) übersteigen den nutzbaren Speicher von %2</translation>
    </message>
    <message>
        <source>the weights fit; one sequence&apos;s KV cache (%1) does not fit in the %2 left</source>
        <translation>die Gewichte passen; der KV-Cache einer Sequenz (%1) passt nicht in die verbleibenden %2</translation>
    </message>
    <message>
        <source>the batch of %1 does not fit: %2</source>
        <translation>der Batch von %1 passt nicht: %2</translation>
    </message>
    <message>
        <source>A: %1 · B: %2</source>
        <translation>A: %1 · B: %2</translation>
    </message>
    <message>
        <source>%1 · the same</source>
        <translation>%1 · gleich</translation>
    </message>
    <message>
        <source>%1
B − A: %2</source>
        <translation>%1
B − A: %2</translation>
    </message>
    <message>
        <source>%1 (does not run)</source>
        <translation>%1 (nicht ausführbar)</translation>
    </message>
    <message>
        <source>at this load</source>
        <translation>bei dieser Last</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>The serving simulation failed: %1</source>
        <translation>Die Serving-Simulation ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The cost of the replica&apos;s GPU time at the load set under &apos;Load on the server&apos;, spread over the tokens it served (the Serving and Timeline charts).</source>
        <translation>Die Kosten der GPU-Zeit der Replika bei der unter „Last auf dem Server“ eingestellten Last, verteilt auf die bedienten Token (Diagramme „Serving“ und „Zeitverlauf“).</translation>
    </message>
    <message>
        <source>not simulated</source>
        <translation>nicht simuliert</translation>
    </message>
    <message>
        <source>simulating…</source>
        <translation>wird simuliert…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>±%1% on GPUs not in the fit</source>
        <translation>±%1 % auf GPUs außerhalb der Anpassung</translation>
    </message>
    <message>
        <source>Energy of one request</source>
        <translation>Energie einer Anfrage</translation>
    </message>
    <message>
        <source>What the GPUs draw for this request&apos;s share of its runs, between idle and board power by how busy each run keeps them; below it, per output token and the CO₂ at the grid intensity set under Caching, reasoning, speculation, energy.</source>
        <translation>Was die GPUs für den Anteil dieser Anfrage an ihren Durchläufen aufnehmen, zwischen Leerlauf- und Board-Leistung, je nachdem, wie stark jeder Durchlauf sie auslastet; darunter pro Ausgabe-Token und das CO₂ bei der unter „Caching, Reasoning, Spekulation, Energie“ eingestellten Netz-CO₂-Intensität.</translation>
    </message>
    <message>
        <source>%1 hidden reasoning + %2 visible tokens</source>
        <translation>%1 verborgene Reasoning-Token + %2 sichtbare</translation>
    </message>
    <message>
        <source>%1 faster by speculation (%2 tokens per run)</source>
        <translation>durch Spekulation %1 schneller (%2 Token pro Durchlauf)</translation>
    </message>
    <message>
        <source>billed for %1 output tokens, %2 shown</source>
        <translation>%1 Ausgabe-Token abgerechnet, %2 angezeigt</translation>
    </message>
    <message>
        <source>%1 prompt tokens from the cache; without it %2</source>
        <translation>%1 Prompt-Token aus dem Cache; ohne ihn %2</translation>
    </message>
    <message>
        <source>%1 per output token · %2 CO₂ at %3 g/kWh</source>
        <translation>%1 pro Ausgabe-Token · %2 CO₂ bei %3 g/kWh</translation>
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
        <translation>keine Leistungsangaben für %1</translation>
    </message>
    <message>
        <source>no GPU-hour price for %1: set one under Prices</source>
        <translation>kein GPU-Stundenpreis für %1: unter „Preise“ eintragen</translation>
    </message>
</context>
<context>
    <name>tce::TokenRunsView</name>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Prompt tokens in this small example.</source>
        <translation>Prompt-Token in diesem kleinen Beispiel.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Output tokens: one run each (the prefill produces the first).</source>
        <translation>Ausgabe-Token: je ein Durchlauf (der Prefill erzeugt das erste).</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Animate decoding: one more run every second.</source>
        <translation>Decode animieren: jede Sekunde ein weiterer Durchlauf.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Show the next run.</source>
        <translation>Den nächsten Durchlauf zeigen.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Back to the prefill.</source>
        <translation>Zurück zum Prefill.</translation>
    </message>
    <message>
        <source>Tokens: whose key (blue prompt, orange output)</source>
        <translation>Token: wessen Key (blau Prompt, orange Ausgabe)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>ein %1</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>KV</source>
        <translation>KV</translation>
    </message>
    <message>
        <source>Run 1: the prefill of %1 prompt tokens</source>
        <translation>Durchlauf 1: der Prefill von %1 Prompt-Token</translation>
    </message>
    <message>
        <source>Run %1: decode step at position %2</source>
        <translation>Durchlauf %1: Decode-Schritt an Position %2</translation>
    </message>
    <message>
        <source>%1
%2 query-key dot products per head and layer
%3, %4 moved

So far (%5 of %6 runs): %7 dot products, %8, %9 moved
An output token&apos;s key is used by %10 runs on average:
about half of the %11 decode steps</source>
        <translation>%1
%2 Query-Key-Skalarprodukte pro Head und Schicht
%3, %4 bewegt

Bisher (%5 von %6 Durchläufen): %7 Skalarprodukte, %8, %9 bewegt
Der Key eines Ausgabe-Tokens wird im Mittel von %10 Durchläufen genutzt:
etwa die Hälfte der %11 Decode-Schritte</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>prefill</source>
        <translation>Prefill</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>uses of each key</source>
        <translation>Nutzungen je Key</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <source>Token position</source>
        <translation>Token-Position</translation>
    </message>
    <message>
        <source>Queries using its key</source>
        <translation>Queries, die seinen Key nutzen</translation>
    </message>
    <message>
        <source>Query-key dot products per head and layer</source>
        <translation>Query-Key-Skalarprodukte pro Head und Schicht</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Rechenaufwand</translation>
    </message>
    <message>
        <source>Memory moved</source>
        <translation>Speicherverkehr</translation>
    </message>
    <message>
        <source>KV cache after the run</source>
        <translation>KV-Cache nach dem Durchlauf</translation>
    </message>
</context>
<context>
    <name>tce::WorkloadController</name>
    <message>
        <source>Imported %1 requests from %2</source>
        <translation>%1 Anfragen aus %2 importiert</translation>
    </message>
    <message>
        <source>Imported %1 prices from %2</source>
        <translation>%1 Preise aus %2 importiert</translation>
    </message>
    <message>
        <source>Import a request trace</source>
        <translation>Anfrage-Trace importieren</translation>
    </message>
    <message>
        <source>Trace CSV (*.csv);;All files (*)</source>
        <translation>Trace-CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not import the trace.</source>
        <translation>Der Trace konnte nicht importiert werden.</translation>
    </message>
    <message>
        <source>Import a price catalog</source>
        <translation>Preiskatalog importieren</translation>
    </message>
    <message>
        <source>Price catalogs (*.json *.csv);;All files (*)</source>
        <translation>Preiskataloge (*.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not import the price catalog.</source>
        <translation>Der Preiskatalog konnte nicht importiert werden.</translation>
    </message>
</context>
<context>
    <name>tce::WorkloadPanel</name>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>Import trace CSV…</source>
        <translation>Trace-CSV importieren…</translation>
    </message>
    <message>
        <source>The requests the Margins and Margin map charts evaluate: a built-in mix fitted to public traces, or your own trace (TIMESTAMP,ContextTokens,GeneratedTokens or input_tokens,output_tokens).</source>
        <translation>Die Anfragen, die die Diagramme „Margen“ und „Margenkarte“ auswerten: ein eingebauter, an öffentliche Traces angepasster Mix oder Ihr eigener Trace (TIMESTAMP,ContextTokens,GeneratedTokens oder input_tokens,output_tokens).</translation>
    </message>
    <message>
        <source>Largest batch that fits</source>
        <translation>Größter passender Batch</translation>
    </message>
    <message>
        <source>Serve the mix at as many concurrent sequences of its mean length as fit in memory, instead of the batch size above.</source>
        <translation>Den Mix mit so vielen gleichzeitigen Sequenzen seiner mittleren Länge bedienen, wie in den Speicher passen, statt mit der Batchgröße oben.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The margin a provider aims for: the Margins chart gives the output price that earns it over the whole mix.</source>
        <translation>Die Marge, die ein Anbieter anstrebt: Das Diagramm „Margen“ zeigt den Ausgabepreis, der sie über den ganzen Mix erzielt.</translation>
    </message>
    <message>
        <source>What the requests pay: the API price above, or an entry of an imported price catalog (LiteLLM&apos;s model_prices_and_context_window.json or a CSV), whose long-context tier bills a whole request once its prompt crosses the threshold.</source>
        <translation>Was die Anfragen zahlen: der API-Preis oben oder ein Eintrag aus einem importierten Preiskatalog (model_prices_and_context_window.json von LiteLLM oder eine CSV), dessen Langkontext-Preisstufe eine ganze Anfrage abrechnet, sobald ihr Prompt die Schwelle überschreitet.</translation>
    </message>
    <message>
        <source>&amp;Mix</source>
        <translation>Mi&amp;x</translation>
    </message>
    <message>
        <source>Target &amp;margin</source>
        <translation>&amp;Zielmarge</translation>
    </message>
    <message>
        <source>&amp;Revenue at</source>
        <translation>E&amp;rlös nach</translation>
    </message>
    <message>
        <source>The API price above</source>
        <translation>Der API-Preis oben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Import price catalog…</source>
        <translation>Preiskatalog importieren…</translation>
    </message>
    <message>
        <source>%1 (trace)</source>
        <translation>%1 (Trace)</translation>
    </message>
    <message>
        <source>Serving charts serve the mix</source>
        <translation>Serving-Diagramme bedienen den Mix</translation>
    </message>
    <message>
        <source>The Serving and Timeline charts simulate requests of this mix (or trace) instead of the input and output lengths above. A trace&apos;s own arrival times are used when the scenario file asks for them.</source>
        <translation>Die Diagramme „Serving“ und „Zeitverlauf“ simulieren Anfragen dieses Mixes (oder Traces) statt der Eingabe- und Ausgabelängen oben. Die eigenen Ankunftszeiten eines Traces werden verwendet, wenn die Szenariodatei sie verlangt.</translation>
    </message>
</context>
</TS>
