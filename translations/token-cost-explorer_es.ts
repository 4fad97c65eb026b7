<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ChartExport</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: no se puede escribir (%2)</translation>
    </message>
    <message>
        <source>%1: cannot write (%2); any previous file is unchanged</source>
        <translation>%1: no se puede escribir (%2); el archivo anterior, si existía, no ha cambiado</translation>
    </message>
    <message>
        <source>size %1x%2 is out of range; expected 16 to 20000 pixels each way</source>
        <translation>el tamaño %1x%2 está fuera de rango; se esperan de 16 a 20000 píxeles en cada dirección</translation>
    </message>
    <message>
        <source>DPI %1 is out of range; expected 24 to 2400</source>
        <translation>el valor de PPP %1 está fuera de rango; se espera de 24 a 2400</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>no se pudo codificar la imagen</translation>
    </message>
    <message>
        <source>%1 reasoning</source>
        <translation>%1 de razonamiento</translation>
    </message>
    <message>
        <source>%1 written to the cache</source>
        <translation>%1 escritos en la caché</translation>
    </message>
    <message>
        <source>%1 from the cache</source>
        <translation>%1 de la caché</translation>
    </message>
    <message>
        <source>speculative: %1, k = %2, α = %3</source>
        <translation>especulativo: %1, k = %2, α = %3</translation>
    </message>
    <message>
        <source>draft head</source>
        <translation>cabeza de borrador</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 · %4 weights, %5 KV cache · %6 input, %7 output tokens%8 · batch %9 · %10 · Token Cost Explorer %11 · %12</source>
        <translation>%1 · %2 × %3 · pesos %4, caché KV %5 · %6 tokens de entrada, %7 de salida%8 · lote %9 · %10 · Token Cost Explorer %11 · %12</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>there is no slide</source>
        <translation>no hay ninguna diapositiva</translation>
    </message>
    <message>
        <source>a slide cannot be written as CSV</source>
        <translation>una diapositiva no se puede escribir como CSV</translation>
    </message>
    <message>
        <source>the PDF could not start page %1</source>
        <translation>el PDF no pudo empezar la página %1</translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 clientes</translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation>%1 solicitudes/s</translation>
    </message>
    <message>
        <source>%1 without flash attention</source>
        <translation>%1 sin flash attention</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>Why do output tokens cost more?</source>
        <translation>¿Por qué cuestan más los tokens de salida?</translation>
    </message>
    <message>
        <source>A prompt is processed in one run. Every output token needs a run of its own: here 6 prompt tokens go through the prefill together, then each of the 5 decode steps processes a single token.</source>
        <translation>Un prompt se procesa en una sola pasada. Cada token de salida necesita su propia pasada: aquí los 6 tokens del prompt pasan juntos por el prellenado y después cada uno de los 5 pasos de decodificación procesa un único token.</translation>
    </message>
    <message>
        <source>Per token, the arithmetic is nearly the same: about two FLOPs per parameter, plus attention over the earlier tokens. FLOPs alone cannot explain a price gap of 3 to 5 times.</source>
        <translation>Por token, la aritmética es casi la misma: unos dos FLOP por parámetro, más la atención sobre los tokens anteriores. Los FLOP por sí solos no explican una diferencia de precio de 3 a 5 veces.</translation>
    </message>
    <message>
        <source>an output token: ~16 GFLOP,
a prompt token: ~14 GFLOP</source>
        <translation>un token de salida: ~16 GFLOP,
un token del prompt: ~14 GFLOP</translation>
    </message>
    <message>
        <source>Time tells another story. The prefill keeps the GPU&apos;s arithmetic busy, while each decode step streams all 16 GB of weights from memory to produce one token: an output token takes hundreds of times the GPU time of a prompt token.</source>
        <translation>El tiempo cuenta otra historia. El prellenado mantiene ocupada la aritmética de la GPU, mientras que cada paso de decodificación lee de la memoria los 16 GB de pesos para producir un solo token: un token de salida consume cientos de veces el tiempo de GPU de un token del prompt.</translation>
    </message>
    <message>
        <source>Batching shares each read of the weights among many sequences: a step for 16 sequences takes barely longer than a step for one, so each output token costs far less.</source>
        <translation>El procesamiento por lotes reparte cada lectura de los pesos entre muchas secuencias: un paso para 16 secuencias apenas tarda más que un paso para una, así que cada token de salida cuesta mucho menos.</translation>
    </message>
    <message>
        <source>On the roofline, the prefill sits under the flat compute roof; decode sits far left on the memory slope, using a small share of the GPU&apos;s arithmetic.</source>
        <translation>En el roofline, el prellenado queda bajo el techo plano del cómputo; la decodificación queda muy a la izquierda, en la pendiente de la memoria, y aprovecha una pequeña parte de la aritmética de la GPU.</translation>
    </message>
    <message>
        <source>Even batched, an output token here costs far more GPU time than an input token, while list prices charge 3 to 8 times as much: providers price for the mix of requests they serve.</source>
        <translation>Incluso en lotes, aquí un token de salida cuesta mucho más tiempo de GPU que uno de entrada, mientras que los precios de tarifa cobran entre 3 y 8 veces más: los proveedores fijan sus precios según la mezcla de solicitudes que atienden.</translation>
    </message>
    <message>
        <source>What the KV cache buys</source>
        <translation>Lo que aporta la caché KV</translation>
    </message>
    <message>
        <source>With a KV cache, each new token attends to stored keys and values, and total compute grows with the square of the length. Without it, every output token recomputes the whole prefix: the cube.</source>
        <translation>Con caché KV, cada token nuevo atiende a las claves y los valores almacenados, y el cómputo total crece con el cuadrado de la longitud. Sin ella, cada token de salida vuelve a calcular todo el prefijo: el cubo.</translation>
    </message>
    <message>
        <source>Without the cache, the 500th output token costs a prefill over 2,548 tokens: about 2,500 times the work of a decode step.</source>
        <translation>Sin la caché, el token de salida número 500 cuesta un prellenado sobre 2548 tokens: unas 2500 veces el trabajo de un paso de decodificación.</translation>
    </message>
    <message>
        <source>The price of the cache is memory: every token leaves keys and values in every layer, 128 KiB per token for Llama-3.1-8B in bf16. Sixteen sequences of 32,000 tokens do not fit on one H100.</source>
        <translation>El precio de la caché es la memoria: cada token deja claves y valores en cada capa, 128 KiB por token para Llama-3.1-8B en bf16. Dieciséis secuencias de 32.000 tokens no caben en una H100.</translation>
    </message>
    <message>
        <source>And each decode step reads the whole cache: the bytes moved per output token grow with the context.</source>
        <translation>Y cada paso de decodificación lee la caché completa: los bytes movidos por token de salida crecen con el contexto.</translation>
    </message>
    <message>
        <source>Long outputs</source>
        <translation>Salidas largas</translation>
    </message>
    <message>
        <source>A 64K-token output: each step attends to everything before it, so the cost grows faster than the output. Compare the curve with the straight line that one price per token assumes.</source>
        <translation>Una salida de 64K tokens: cada paso atiende a todo lo anterior, así que el coste crece más deprisa que la salida. Compare la curva con la línea recta que supone un precio único por token.</translation>
    </message>
    <message>
        <source>The 60,000th output token costs several times the first: its step reads 60,000 tokens of keys and values.</source>
        <translation>El token de salida número 60.000 cuesta varias veces lo que el primero: su paso lee las claves y los valores de 60.000 tokens.</translation>
    </message>
    <message>
        <source>Long sequences fill memory: at 67,000 tokens only a few sequences fit on one H100, so fewer requests share each read of the weights.</source>
        <translation>Las secuencias largas llenan la memoria: con 67.000 tokens solo caben unas pocas secuencias en una H100, así que menos solicitudes comparten cada lectura de los pesos.</translation>
    </message>
    <message>
        <source>With fewer sequences per step, each output token carries more GPU time. Long-output products are priced higher per token: GPT-4o&apos;s 64K-output variant charged $18 instead of $15 per million.</source>
        <translation>Con menos secuencias por paso, cada token de salida carga con más tiempo de GPU. Los productos de salida larga tienen un precio por token más alto: la variante de GPT-4o con salida de 64K cobraba $18 en lugar de $15 por millón.</translation>
    </message>
    <message>
        <source>Heavy and light users</source>
        <translation>Usuarios intensivos y ocasionales</translation>
    </message>
    <message>
        <source>One price per token, very different margins per request: at these prices, short chats earn money and long ones lose it.</source>
        <translation>Un solo precio por token, márgenes muy distintos por solicitud: con estos precios, los chats cortos dan dinero y los largos lo pierden.</translation>
    </message>
    <message>
        <source>Where requests land: the line separates the profitable short outputs from loss-making long ones; the dots are requests of the chat mix, fitted to a real conversation trace.</source>
        <translation>Dónde caen las solicitudes: la línea separa las salidas cortas rentables de las largas con pérdidas; los puntos son solicitudes de la mezcla de chat, ajustada a una traza real de conversaciones.</translation>
    </message>
    <message>
        <source>A reasoning-heavy mix: long chains of thought dominate, and a price made for chat loses money on nearly every request.</source>
        <translation>Una mezcla con mucho razonamiento: dominan las largas cadenas de pensamiento, y un precio pensado para chat pierde dinero en casi todas las solicitudes.</translation>
    </message>
    <message>
        <source>Code completion: long prompts, tiny outputs, nearly all profitable. A provider prices for the average over the requests it actually gets.</source>
        <translation>Completado de código: prompts largos, salidas diminutas, casi todo rentable. Un proveedor fija el precio según la media de las solicitudes que realmente recibe.</translation>
    </message>
    <message>
        <source>Shrinking the cache</source>
        <translation>Reducir la caché</translation>
    </message>
    <message>
        <source>Llama-2-7B gives every attention head its own keys and values (multi-head attention): 512 KiB per token in bf16.</source>
        <translation>Llama-2-7B da a cada cabeza de atención sus propias claves y valores (atención multicabeza): 512 KiB por token en bf16.</translation>
    </message>
    <message>
        <source>Llama-3.1-8B shares each key/value head among four query heads (grouped-query attention): 128 KiB per token, a quarter of the cache.</source>
        <translation>Llama-3.1-8B comparte cada cabeza de clave/valor entre cuatro cabezas de consulta (atención de consultas agrupadas): 128 KiB por token, una cuarta parte de la caché.</translation>
    </message>
    <message>
        <source>Mistral-7B also keeps only the last 4,096 tokens in every layer (a sliding window): beyond 4K tokens its cache stops growing.</source>
        <translation>Mistral-7B, además, guarda solo los últimos 4096 tokens en cada capa (una ventana deslizante): a partir de 4K tokens, su caché deja de crecer.</translation>
    </message>
    <message>
        <source>Gemma 2 alternates global layers and 4,096-token sliding layers: half of its cache stops growing.</source>
        <translation>Gemma 2 alterna capas globales y capas deslizantes de 4096 tokens: la mitad de su caché deja de crecer.</translation>
    </message>
    <message>
        <source>DeepSeek-V3 caches one compressed latent per token and layer (multi-head latent attention): 69 KiB per token for a 671B-parameter model, about half of Llama-3.1-8B&apos;s.</source>
        <translation>DeepSeek-V3 guarda en caché un único latente comprimido por token y capa (atención latente multicabeza): 69 KiB por token para un modelo de 671B parámetros, aproximadamente la mitad que Llama-3.1-8B.</translation>
    </message>
    <message>
        <source>Why your request waits</source>
        <translation>Por qué espera su solicitud</translation>
    </message>
    <message>
        <source>One user alone: the first token comes after 56 ms, then one every 8.8 ms, 113 output tokens per second. The H100 reads all the weights for every token of that one user.</source>
        <translation>Un usuario solo: el primer token llega a los 56 ms y después uno cada 8,8 ms, 113 tokens de salida por segundo. La H100 lee todos los pesos para cada token de ese único usuario.</translation>
    </message>
    <message>
        <source>25 users at once: each still waits 0.17 s (median) for the first token and gets a token every 14 ms, yet the GPU now produces 1,543 tokens per second, 14 times as many from the same reads of the weights.</source>
        <translation>25 usuarios a la vez: cada uno sigue esperando solo 0,17 s (mediana) el primer token y recibe un token cada 14 ms, pero la GPU produce ahora 1543 tokens por segundo, 14 veces más con las mismas lecturas de los pesos.</translation>
    </message>
    <message>
        <source>The knee, at 32 clients: 1,745 tokens per second for 9.4 s per request, the most throughput per second of waiting. Up to here more users cost each other little time.</source>
        <translation>El codo, con 32 clientes: 1745 tokens por segundo con 9,4 s por solicitud, el mayor rendimiento por segundo de espera. Hasta aquí, más usuarios apenas se quitan tiempo unos a otros.</translation>
    </message>
    <message>
        <source>Past the knee, at 256 clients, the KV cache is full: at most 211 sequences run and about 70 requests wait in the queue. Throughput hardly grows (2,726 tokens per second), while the median wait for a first token reaches 5.3 s.</source>
        <translation>Pasado el codo, con 256 clientes, la caché KV está llena: se ejecutan como máximo 211 secuencias y unas 70 solicitudes esperan en la cola. El rendimiento apenas crece (2726 tokens por segundo), mientras que la espera mediana del primer token llega a 5,3 s.</translation>
    </message>
    <message>
        <source>What load does to the price: alone, an output token costs $6.55 per million, 320 times an input token; at the knee, $0.35 and 17 times. Only a full, queueing server comes near the list prices&apos; ratios (6.2 times at 256 clients), paid for in waiting.</source>
        <translation>Lo que la carga hace con el precio: con un solo usuario, un token de salida cuesta $6,55 por millón, 320 veces un token de entrada; en el codo, $0,35 y 17 veces. Solo un servidor lleno, con cola, se acerca a las relaciones de los precios de tarifa (6,2 veces con 256 clientes), pagadas con espera.</translation>
    </message>
    <message>
        <source>What modern serving does to the bill</source>
        <translation>Lo que el servicio moderno hace con la factura</translation>
    </message>
    <message>
        <source>A 500-token answer to a 2,000-token prompt: one prefill and 499 decode runs, 6.74 s and $0.000315 of GPU time at batch 16.</source>
        <translation>Una respuesta de 500 tokens a un prompt de 2000 tokens: un prellenado y 499 pasadas de decodificación, 6,74 s y $0,000315 de tiempo de GPU con lote 16.</translation>
    </message>
    <message>
        <source>The same visible answer after 5,000 hidden reasoning tokens: each is decoded and billed like output, so the request takes 1.32 min and costs $0.00369. The hidden part holds 5,000 × 128 KiB = 625 MiB of KV cache while it runs.</source>
        <translation>La misma respuesta visible tras 5000 tokens de razonamiento ocultos: cada uno se decodifica y se factura como la salida, así que la solicitud tarda 1,32 min y cuesta $0,00369. Mientras se ejecuta, la parte oculta ocupa 5000 × 128 KiB = 625 MiB de caché KV.</translation>
    </message>
    <message>
        <source>Reasoning tokens (dark orange) sit between the prompt and the answer and cost what output tokens cost: the user is billed for 5,500 output tokens and sees 500.</source>
        <translation>Los tokens de razonamiento (naranja oscuro) se sitúan entre el prompt y la respuesta y cuestan lo mismo que los tokens de salida: al usuario se le facturan 5500 tokens de salida y ve 500.</translation>
    </message>
    <message>
        <source>A 7,000-token prefix read from the prompt cache skips its prefill but not its KV cache: the GPU cost falls from $0.000421 to $0.000269, the price from $0.0285 to $0.00960. Writing the cache costs 1.25 times the input price, so caching pays the buyer once more than 21.7% of requests hit.</source>
        <translation>Un prefijo de 7000 tokens leído de la caché de prompts se salta su prellenado, pero no su caché KV: el coste de GPU baja de $0,000421 a $0,000269, y el precio, de $0,0285 a $0,00960. Escribir la caché cuesta 1,25 veces el precio de entrada, así que la caché compensa al comprador en cuanto acierta más del 21,7 % de las solicitudes.</translation>
    </message>
    <message>
        <source>A draft head proposes 4 tokens and one run of the target checks all 5, keeping 2.77 tokens per run at 70% acceptance. At batch 1 the run is memory-bound and decoding is almost twice as fast; as the batch grows the runs turn compute-bound and the gain shrinks.</source>
        <translation>Una cabeza de borrador propone 4 tokens y una pasada del modelo objetivo comprueba los 5, con lo que se conservan 2,77 tokens por pasada con un 70 % de aceptación. Con lote 1, la pasada está limitada por memoria y la decodificación es casi el doble de rápida; a medida que crece el lote, las pasadas pasan a estar limitadas por cómputo y la ganancia se reduce.</translation>
    </message>
    <message>
        <source>Energy is a second bill: at batch 16 an output token takes 303 mJ and a prompt token 11.3 mJ. The whole request takes 178 J, 0.0237 g of CO₂ at 480 g/kWh.</source>
        <translation>La energía es una segunda factura: con lote 16, un token de salida consume 303 mJ y un token del prompt, 11,3 mJ. La solicitud completa consume 178 J, 0,0237 g de CO₂ con 480 g/kWh.</translation>
    </message>
    <message>
        <source>Ask first: if the KV cache makes every output token one run, why should it cost more? Let the class count the runs: one for all the prompt, one for each output token.</source>
        <translation>Pregunte primero: si la caché KV hace que cada token de salida sea una sola pasada, ¿por qué debería costar más? Pida a la clase que cuente las pasadas: una para todo el prompt y una para cada token de salida.</translation>
    </message>
    <message>
        <source>Let the class compare the two numbers: the arithmetic per token hardly differs. Ask where else the cost could come from.</source>
        <translation>Pida a la clase que compare las dos cifras: la aritmética por token apenas difiere. Pregunte de dónde más podría venir el coste.</translation>
    </message>
    <message>
        <source>The answer is memory: at batch 1 every decode step reads all the weights to make one token. Ask what could share that read.</source>
        <translation>La respuesta es la memoria: con lote 1, cada paso de decodificación lee todos los pesos para producir un solo token. Pregunte qué podría compartir esa lectura.</translation>
    </message>
    <message>
        <source>One read of the weights now serves every sequence in the batch. Ask what stops us from batching without limit (the next lesson: the KV cache).</source>
        <translation>Ahora una sola lectura de los pesos sirve a todas las secuencias del lote. Pregunte qué nos impide agrandar los lotes sin límite (la próxima lección: la caché KV).</translation>
    </message>
    <message>
        <source>Explain the two roofs: arithmetic (flat) and memory bandwidth (the slope). Prefill sits under the flat roof, decode far left on the slope.</source>
        <translation>Explique los dos techos: la aritmética (el plano) y el ancho de banda de memoria (la pendiente). El prellenado queda bajo el techo plano; la decodificación, muy a la izquierda en la pendiente.</translation>
    </message>
    <message>
        <source>Close with the price: providers charge for the mix of requests they serve, not for one token. Open question: why do some charge eight times as much for output?</source>
        <translation>Cierre con el precio: los proveedores cobran por la mezcla de solicitudes que atienden, no por un token. Pregunta abierta: ¿por qué algunos cobran ocho veces más por la salida?</translation>
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
        <translation>días</translation>
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
        <translation>Chat (conversación)</translation>
    </message>
    <message>
        <source>Code completion</source>
        <translation>Completado de código</translation>
    </message>
    <message>
        <source>Long document</source>
        <translation>Documento largo</translation>
    </message>
    <message>
        <source>Reasoning-heavy</source>
        <translation>Razonamiento intensivo</translation>
    </message>
</context>
<context>
    <name>tce::Autosave</name>
    <message>
        <source>%1: cannot lock (%2)</source>
        <translation>%1: no se puede bloquear (%2)</translation>
    </message>
</context>
<context>
    <name>tce::BatchSweepView</name>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Price per token</source>
        <translation>Precio por token</translation>
    </message>
    <message>
        <source>Speed: how long one decode step takes and how many tokens per second the batch produces. Price: what an input and an output token cost at each batch size.</source>
        <translation>Velocidad: cuánto dura un paso de decodificación y cuántos tokens por segundo produce el lote. Precio: cuánto cuestan un token de entrada y uno de salida con cada tamaño de lote.</translation>
    </message>
    <message>
        <source>Batch chart mode</source>
        <translation>Modo del gráfico de lotes</translation>
    </message>
    <message>
        <source>Batch size (sequences decoded together)</source>
        <translation>Tamaño del lote (secuencias decodificadas juntas)</translation>
    </message>
    <message>
        <source>A decode step for %1 sequences at position %2: compute %3 / (%4) = %5; memory (weights + %1 caches) %6 / (%7) = %8. The step takes the larger, %9, plus %10 overhead: %11 per sequence, so %12 tokens/s for the batch.</source>
        <translation>Un paso de decodificación para %1 secuencias en la posición %2: cómputo %3 / (%4) = %5; memoria (pesos + %1 cachés) %6 / (%7) = %8. El paso dura lo que el mayor de los dos (%9), más %10 de sobrecarga: %11 por secuencia, es decir, %12 tokens/s para el lote.</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>cómputo</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>memoria</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>lote %1</translation>
    </message>
    <message>
        <source>%1 per 1M</source>
        <translation>%1 por 1M</translation>
    </message>
    <message>
        <source>Decode step time (left)</source>
        <translation>Tiempo del paso de decodificación (izq.)</translation>
    </message>
    <message>
        <source>Output tokens per second, whole batch (right)</source>
        <translation>Tokens de salida por segundo, lote completo (dcha.)</translation>
    </message>
    <message>
        <source>Time of one decode step</source>
        <translation>Tiempo de un paso de decodificación</translation>
    </message>
    <message>
        <source>Output tokens per second</source>
        <translation>Tokens de salida por segundo</translation>
    </message>
    <message>
        <source>Output token, per 1M</source>
        <translation>Token de salida, por 1M</translation>
    </message>
    <message>
        <source>Input token, per 1M</source>
        <translation>Token de entrada, por 1M</translation>
    </message>
    <message>
        <source>Cost per 1M tokens (USD)</source>
        <translation>Coste por 1M de tokens (USD)</translation>
    </message>
    <message>
        <source>compute-bound from batch %1</source>
        <translation>limitado por cómputo desde el lote %1</translation>
    </message>
    <message>
        <source>Memory-bound at every batch size:
reading the KV cache grows with the batch</source>
        <translation>Limitado por memoria con cualquier tamaño de lote:
la lectura de la caché KV crece con el lote</translation>
    </message>
    <message>
        <source>KV cache full beyond %1</source>
        <translation>Caché KV llena a partir de %1</translation>
    </message>
    <message>
        <source>this batch: %1</source>
        <translation>este lote: %1</translation>
    </message>
    <message>
        <source>%1 + %2 unpacking the weights</source>
        <translation>%1 + %2 para desempaquetar los pesos</translation>
    </message>
</context>
<context>
    <name>tce::CalibrationChart</name>
    <message>
        <source>Decode speed (tok/s)</source>
        <translation>Velocidad de decodificación (tok/s)</translation>
    </message>
    <message>
        <source>Inter-token latency (ms)</source>
        <translation>Latencia entre tokens (ms)</translation>
    </message>
    <message>
        <source>Batch throughput (tok/s)</source>
        <translation>Rendimiento del lote (tok/s)</translation>
    </message>
    <message>
        <source>Prompt speed (tok/s)</source>
        <translation>Velocidad del prompt (tok/s)</translation>
    </message>
    <message>
        <source>Time to first token (ms)</source>
        <translation>Tiempo hasta el primer token (ms)</translation>
    </message>
    <message>
        <source>Calibration chart</source>
        <translation>Gráfico de calibración</translation>
    </message>
    <message>
        <source>Predicted = measured</source>
        <translation>Predicho = medido</translation>
    </message>
    <message>
        <source>±15%</source>
        <translation>±15 %</translation>
    </message>
    <message>
        <source>Before the fit</source>
        <translation>Antes del ajuste</translation>
    </message>
    <message>
        <source>After the fit</source>
        <translation>Después del ajuste</translation>
    </message>
    <message>
        <source>Measured (tok/s or ms, each row in its metric&apos;s unit)</source>
        <translation>Medido (tok/s o ms, cada fila en la unidad de su métrica)</translation>
    </message>
    <message>
        <source>Predicted (in the same unit)</source>
        <translation>Predicho (en la misma unidad)</translation>
    </message>
    <message>
        <source>%1, line %2
%3 on %4
%5: measured %6
predicted %7 after the fit, %8 before
(this point: %9)</source>
        <translation>%1, línea %2
%3 en %4
%5: medido %6
predicho %7 después del ajuste, %8 antes
(este punto: %9)</translation>
    </message>
    <message>
        <source>after the fit</source>
        <translation>después del ajuste</translation>
    </message>
    <message>
        <source>before the fit</source>
        <translation>antes del ajuste</translation>
    </message>
</context>
<context>
    <name>tce::CalibrationController</name>
    <message>
        <source>Calibrate from &amp;measurements…</source>
        <translation>Calibrar con &amp;mediciones…</translation>
    </message>
    <message>
        <source>Fit the engine&apos;s numbers to your own benchmark results (llama-bench, vLLM, genai-perf, trtllm-bench or a CSV)</source>
        <translation>Ajustar los parámetros del motor a tus propios resultados de benchmark (llama-bench, vLLM, genai-perf, trtllm-bench o un CSV)</translation>
    </message>
    <message>
        <source>Calibrate from measurements</source>
        <translation>Calibrar con mediciones</translation>
    </message>
    <message>
        <source>Benchmark results (*.json *.jsonl *.csv *.md *.txt);;All files (*)</source>
        <translation>Resultados de benchmark (*.json *.jsonl *.csv *.md *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Calibrating…</source>
        <translation>Calibrando…</translation>
    </message>
    <message>
        <source>The measurements could not be used; nothing was changed.</source>
        <translation>No se pudieron usar las mediciones; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Calibration failed</source>
        <translation>La calibración ha fallado</translation>
    </message>
    <message>
        <source>Calibrated; rows: %1</source>
        <translation>Calibrado; filas: %1</translation>
    </message>
    <message>
        <source>Nothing has been calibrated yet.</source>
        <translation>Todavía no se ha calibrado nada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64), starting with a letter or digit.</source>
        <translation>«%1» no puede ser un nombre de perfil: usa letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos; (64 como máximo), empezando por una letra o un dígito.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in engine; choose another name.</source>
        <translation>«%1» es un motor integrado; elige otro nombre.</translation>
    </message>
    <message>
        <source>A profile holds one engine&apos;s numbers, and the rows were measured with %1 engines.</source>
        <translation>Un perfil contiene los parámetros de un solo motor, y las filas se midieron con %1 motores.</translation>
    </message>
    <message>
        <source>Use engine profile %1</source>
        <translation>Usar el perfil de motor %1</translation>
    </message>
    <message>
        <source>Saved engine profile %1 to %2</source>
        <translation>Perfil de motor %1 guardado en %2</translation>
    </message>
    <message>
        <source>Save as engine profile</source>
        <translation>Guardar como perfil de motor</translation>
    </message>
    <message>
        <source>Profile name (letters, digits, . _ -):</source>
        <translation>Nombre del perfil (letras, dígitos, . _ -):</translation>
    </message>
    <message>
        <source>A profile named %1 exists. Replace it?</source>
        <translation>Ya existe un perfil llamado %1. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>The profile was not saved.</source>
        <translation>El perfil no se ha guardado.</translation>
    </message>
    <message>
        <source>Use calibrated %1</source>
        <translation>Usar %1 calibrado</translation>
    </message>
</context>
<context>
    <name>tce::CalibrationDialog</name>
    <message>
        <source>one GPU left out at a time</source>
        <translation>dejando fuera una GPU cada vez</translation>
    </message>
    <message>
        <source>one file left out at a time</source>
        <translation>dejando fuera un archivo cada vez</translation>
    </message>
    <message>
        <source>five folds of rows</source>
        <translation>cinco grupos de filas</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>Decodificación</translation>
    </message>
    <message>
        <source>Prompt speed</source>
        <translation>Velocidad del prompt</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Tiempo hasta el primer token</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <source>Rows: %1, from %2. Refitted: %3.</source>
        <translation>Filas: %1, de %2. Reajustado: %3.</translation>
    </message>
    <message>
        <source>Median error, before → after the fit:</source>
        <translation>Error mediano, antes → después del ajuste:</translation>
    </message>
    <message>
        <source>    %1: %2% → %3% (rows: %4)</source>
        <translation>    %1: %2 % → %3 % (filas: %4)</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Cross-validated, on rows the fit did not see (%1): %2</source>
        <translation>Validación cruzada, en filas que el ajuste no vio (%1): %2</translation>
    </message>
    <message>
        <source>Too few rows to cross-validate (it takes at least 5).</source>
        <translation>Muy pocas filas para la validación cruzada (se necesitan al menos 5).</translation>
    </message>
    <message>
        <source>&amp;Save as engine profile…</source>
        <translation>&amp;Guardar como perfil de motor…</translation>
    </message>
    <message>
        <source>Save the fitted numbers as an engine profile of your own, and use it</source>
        <translation>Guardar los parámetros ajustados como tu propio perfil de motor y usarlo</translation>
    </message>
    <message>
        <source>The rows were measured with %1 engines, and a profile holds one engine&apos;s numbers. Calibrate with one engine&apos;s files to save a profile.</source>
        <translation>Las filas se midieron con %1 motores, y un perfil contiene los parámetros de un solo motor. Calibra con los archivos de un solo motor para guardar un perfil.</translation>
    </message>
    <message>
        <source>&amp;Use without saving</source>
        <translation>&amp;Usar sin guardar</translation>
    </message>
    <message>
        <source>Use the fitted numbers in the current scenario (Undo takes them back)</source>
        <translation>Usar los parámetros ajustados en el escenario actual (Deshacer los retira)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>tce::ChartRegistry</name>
    <message>
        <source>Cost of each token</source>
        <translation>Coste de cada token</translation>
    </message>
    <message>
        <source>Per token</source>
        <translation>Por token</translation>
    </message>
    <message>
        <source>Cost of a request as its output grows</source>
        <translation>Coste de una solicitud a medida que crece su salida</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <source>KV cache memory as the context grows</source>
        <translation>Memoria de la caché KV a medida que crece el contexto</translation>
    </message>
    <message>
        <source>KV memory</source>
        <translation>Memoria KV</translation>
    </message>
    <message>
        <source>What batching buys</source>
        <translation>Lo que aportan los lotes</translation>
    </message>
    <message>
        <source>Batching</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>Roofline: compute-bound prefill, memory-bound decode</source>
        <translation>Roofline: prellenado limitado por cómputo, decodificación limitada por memoria</translation>
    </message>
    <message>
        <source>Roofline</source>
        <translation>Roofline</translation>
    </message>
    <message>
        <source>What the KV cache saves</source>
        <translation>Lo que ahorra la caché KV</translation>
    </message>
    <message>
        <source>KV cache on/off</source>
        <translation>Caché KV sí/no</translation>
    </message>
    <message>
        <source>One price, very different margins per request</source>
        <translation>Un precio, márgenes muy distintos por solicitud</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Márgenes</translation>
    </message>
    <message>
        <source>Where requests make or lose money</source>
        <translation>Dónde las solicitudes ganan o pierden dinero</translation>
    </message>
    <message>
        <source>Margin map</source>
        <translation>Mapa de márgenes</translation>
    </message>
    <message>
        <source>List-price ratios against the cost ratio</source>
        <translation>Relaciones entre precios de tarifa frente a la relación de costes</translation>
    </message>
    <message>
        <source>Price ratios</source>
        <translation>Ratios de precio</translation>
    </message>
    <message>
        <source>Token by token: which dot products each run computes</source>
        <translation>Token a token: qué productos escalares calcula cada pasada</translation>
    </message>
    <message>
        <source>Token by token</source>
        <translation>Token a token</translation>
    </message>
    <message>
        <source>Serving under load: throughput against latency as clients grow</source>
        <translation>Servicio bajo carga: rendimiento frente a latencia a medida que crecen los clientes</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>One replica at this load: running, waiting and KV cache over time</source>
        <translation>Una réplica con esta carga: en ejecución, en espera y caché KV a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Prompt caching: what a cached prefix saves the provider and the buyer</source>
        <translation>Caché de prompts: lo que un prefijo en caché ahorra al proveedor y al comprador</translation>
    </message>
    <message>
        <source>Prompt cache</source>
        <translation>Caché de prompts</translation>
    </message>
    <message>
        <source>Speculative decoding: a large speed-up at batch 1, gone at large batches</source>
        <translation>Decodificación especulativa: gran aceleración con lote 1, que desaparece con lotes grandes</translation>
    </message>
    <message>
        <source>Speculation</source>
        <translation>Especulación</translation>
    </message>
</context>
<context>
    <name>tce::ChartTabs</name>
    <message>
        <source>A chart. The Explain this panel reads out the value under the mouse; File &gt; Export chart saves its data as CSV.</source>
        <translation>Un gráfico. El panel «Explicación» indica el valor bajo el ratón; Archivo &gt; Exportar gráfico guarda sus datos en CSV.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Feel the speed</source>
        <translation>Sentir la velocidad</translation>
    </message>
    <message>
        <source>The prompt at the prefill rate beside the output at the decode rate</source>
        <translation>El prompt al ritmo del prellenado junto a la salida al ritmo de la decodificación</translation>
    </message>
</context>
<context>
    <name>tce::ChartView</name>
    <message>
        <source>Log scale</source>
        <translation>Escala log.</translation>
    </message>
    <message>
        <source>Show the vertical axis on a logarithmic scale, so that small and large values are both readable.</source>
        <translation>Muestra el eje vertical en escala logarítmica, para que se lean bien tanto los valores pequeños como los grandes.</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1M</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>The hardware file gives no board and idle power for %1:
no energy figures</source>
        <translation>El archivo de hardware no indica la potencia de la placa ni la potencia en reposo de %1:
sin cifras de energía</translation>
    </message>
    <message>
        <source>Dashed: A, the pinned scenario</source>
        <translation>Discontinuo: A, el escenario fijado</translation>
    </message>
    <message>
        <source>No GPU-hour price for %1: its GPU time counts as $0 here.
Set one under Prices.</source>
        <translation>Sin precio por hora de GPU para %1: su tiempo de GPU cuenta aquí como $0.
Indíquelo en Precios.</translation>
    </message>
</context>
<context>
    <name>tce::CumulativeCostView</name>
    <message>
        <source>Output tokens generated</source>
        <translation>Tokens de salida generados</translation>
    </message>
    <message>
        <source>Cost of one request (USD)</source>
        <translation>Coste de una solicitud (USD)</translation>
    </message>
    <message>
        <source>After %1 output tokens: this request&apos;s share of the prefill plus its share of %2 decode steps, at %3 per GPU-hour, = %4. At the API price it brings in %5 × %6 + %1 × %7 per 1M = %8: margin %9.</source>
        <translation>Tras %1 tokens de salida: la parte de esta solicitud en el prellenado más su parte en %2 pasos de decodificación, a %3 por hora de GPU, = %4. Al precio de la API aporta %5 × %6 + %1 × %7 por 1M = %8: margen %9.</translation>
    </message>
    <message>
        <source>%1 output tokens</source>
        <translation>%1 tokens de salida</translation>
    </message>
    <message>
        <source>Prefill + decode: one more run per output token</source>
        <translation>Prellenado + decodificación: una pasada más por token de salida</translation>
    </message>
    <message>
        <source>Prefill: the prompt, one run</source>
        <translation>Prellenado: el prompt, una pasada</translation>
    </message>
    <message>
        <source>If every output token cost what the first ones do</source>
        <translation>Si cada token de salida costara lo que los primeros</translation>
    </message>
    <message>
        <source>Revenue at %1</source>
        <translation>Ingresos con %1</translation>
    </message>
    <message>
        <source>the API price</source>
        <translation>el precio de la API</translation>
    </message>
    <message>
        <source>break-even at %1 tokens</source>
        <translation>punto de equilibrio en %1 tokens</translation>
    </message>
    <message>
        <source>loss beyond %1 tokens</source>
        <translation>pérdidas a partir de %1 tokens</translation>
    </message>
    <message>
        <source>Dollars</source>
        <translation>Dólares</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>What the request has used so far: its share of the GPU bill, or of the energy the GPUs draw.</source>
        <translation>Lo que la solicitud ha consumido hasta ahora: su parte de la factura de GPU o de la energía que consumen las GPU.</translation>
    </message>
    <message>
        <source>Cumulative metric</source>
        <translation>Métrica acumulada</translation>
    </message>
    <message>
        <source>The hardware file gives no board and idle power for %1.</source>
        <translation>El archivo de hardware no indica la potencia de la placa ni la potencia en reposo de %1.</translation>
    </message>
    <message>
        <source>After %1 output tokens the request has drawn %2: its share of the prefill and of the decode steps so far, each run&apos;s time at a power between the GPUs&apos; idle and board power by how busy the run keeps them.</source>
        <translation>Tras %1 tokens de salida, la solicitud ha consumido %2: su parte del prellenado y de los pasos de decodificación hasta ahora, con el tiempo de cada pasada a una potencia entre la de reposo y la de la placa de las GPU, según lo ocupadas que las mantenga la pasada.</translation>
    </message>
    <message>
        <source>Energy of one request (J)</source>
        <translation>Energía de una solicitud (J)</translation>
    </message>
    <message>
        <source>If every output token took what the first ones do</source>
        <translation>Si cada token de salida consumiera lo que los primeros</translation>
    </message>
    <message>
        <source>reasoning ends · visible answer begins</source>
        <translation>fin del razonamiento · inicio de la respuesta visible</translation>
    </message>
    <message>
        <source>Revenue at %1: reaches %2 at %3 tokens, above the chart (the log scale shows it)</source>
        <translation>Ingresos con %1: llegan a %2 con %3 tokens, por encima del gráfico (la escala log. los muestra)</translation>
    </message>
</context>
<context>
    <name>tce::DocumentController</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Error en el guardado automático: %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se ha guardado %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Imported %1 from %2</source>
        <translation>Se ha importado %1 desde %2</translation>
    </message>
    <message>
        <source>Imported %1; note: %2</source>
        <translation>Se ha importado %1; nota: %2</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nuevo escenario</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <source>Scenarios (*.tce.json);;All files (*)</source>
        <translation>Escenarios (*.tce.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Guardar escenario</translation>
    </message>
    <message>
        <source>Could not save the scenario.</source>
        <translation>No se pudo guardar el escenario.</translation>
    </message>
    <message>
        <source>Import config.json</source>
        <translation>Importar config.json</translation>
    </message>
    <message>
        <source>Could not import the model.</source>
        <translation>No se pudo importar el modelo.</translation>
    </message>
    <message>
        <source>Scenarios (*.tce.json)</source>
        <translation>Escenarios (*.tce.json)</translation>
    </message>
    <message>
        <source>Import a Hugging Face config.json</source>
        <translation>Importar un config.json de Hugging Face</translation>
    </message>
    <message>
        <source>Model configuration (*.json);;All files (*)</source>
        <translation>Configuración del modelo (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The scenario has changes that are not saved.</source>
        <translation>El escenario tiene cambios que no se han guardado.</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 tiene cambios que no se han guardado.</translation>
    </message>
    <message>
        <source>Save them first?</source>
        <translation>¿Desea guardarlos primero?</translation>
    </message>
    <message>
        <source>An unsaved scenario was found but cannot be read: %1</source>
        <translation>Se ha encontrado un escenario sin guardar, pero no se puede leer: %1</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>Restaurar el trabajo sin guardar</translation>
    </message>
    <message>
        <source>Token Cost Explorer did not close properly last time. Restore the scenario it was showing?</source>
        <translation>Token Cost Explorer no se cerró correctamente la última vez. ¿Desea restaurar el escenario que estaba mostrando?</translation>
    </message>
    <message>
        <source>%1 on %2 × %3, %4 input and %5 output tokens, batch %6; saved %7.</source>
        <translation>%1 en %2 × %3, %4 tokens de entrada y %5 de salida, lote %6; guardado el %7.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Restore unsaved scenario</source>
        <translation>Restaurar escenario sin guardar</translation>
    </message>
    <message>
        <source>Restored the unsaved scenario</source>
        <translation>Se ha restaurado el escenario sin guardar</translation>
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
        <translation>No se pudo abrir el escenario; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Opened with these notes:

%1</source>
        <translation>Abierto con estas notas:

%1</translation>
    </message>
</context>
<context>
    <name>tce::ExplainDock</name>
    <message>
        <source>Explain this</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Point at a chart: the formula behind the value appears here, with the numbers put in.</source>
        <translation>Señale un gráfico: aquí aparece la fórmula que hay detrás del valor, con los números sustituidos.</translation>
    </message>
    <message>
        <source>Times: the %1 profile, whose numbers are not fitted to measurements.</source>
        <translation>Tiempos: el perfil %1, cuyos valores no están ajustados a mediciones.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message numerus="yes">
        <source>Times: the %1 profile&apos;s numbers for %2 hardware, fitted to %n published measurements. On GPUs the fit did not see, decode speed was off by %3 and the prompt by %4 (median).</source>
        <translation>
            <numerusform>Tiempos: los valores del perfil %1 para hardware de la clase %2, ajustados a %n medición publicada. En las GPU que el ajuste no vio, la velocidad de decodificación se desvió un %3 y el prompt un %4 (mediana).</numerusform>
            <numerusform>Tiempos: los valores del perfil %1 para hardware de la clase %2, ajustados a %n mediciones publicadas. En las GPU que el ajuste no vio, la velocidad de decodificación se desvió un %3 y el prompt un %4 (mediana).</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown class</source>
        <translation>una clase desconocida</translation>
    </message>
    <message>
        <source>%1 has no measurements on %2 hardware such as the %3: these are its %4 numbers, carried to this GPU&apos;s peak FLOP/s and memory bandwidth.</source>
        <translation>%1 no tiene mediciones en hardware %2 como la %3: estos son sus valores de %4, trasladados a los FLOP/s máximos y al ancho de banda de memoria de esta GPU.</translation>
    </message>
    <message>
        <source>%1 has no measurements on %2 hardware such as the %3: these are its %4 numbers.</source>
        <translation>%1 no tiene mediciones en hardware %2 como la %3: estos son sus valores de %4.</translation>
    </message>
</context>
<context>
    <name>tce::ExportActions</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not export “%1”.

%2</source>
        <translation>No se pudo exportar «%1».

%2</translation>
    </message>
    <message>
        <source>Choose a chart to export or copy</source>
        <translation>Elija un gráfico para exportar o copiar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Se ha exportado %1</translation>
    </message>
    <message>
        <source>Copied “%1” to the clipboard</source>
        <translation>Se ha copiado «%1» al portapapeles</translation>
    </message>
    <message>
        <source>PDF slides, a page per step (*.pdf)</source>
        <translation>Diapositivas PDF, una página por paso (*.pdf)</translation>
    </message>
    <message>
        <source>Export lesson</source>
        <translation>Exportar lección</translation>
    </message>
    <message>
        <source>PDF handout, A4 with two steps and their notes a page (*.pdf)</source>
        <translation>Material PDF, A4 con dos pasos y sus notas por página (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images, one per step, into a folder of this name</source>
        <translation>Imágenes PNG, una por paso, en una carpeta con este nombre</translation>
    </message>
    <message>
        <source>SVG drawings, one per step, into a folder of this name</source>
        <translation>Dibujos SVG, uno por paso, en una carpeta con este nombre</translation>
    </message>
    <message>
        <source>Exported %1 files to %2</source>
        <translation>Se han exportado %1 archivos a %2</translation>
    </message>
</context>
<context>
    <name>tce::ExportDialog</name>
    <message>
        <source>Export “%1”</source>
        <translation>Exportar «%1»</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Imagen JPEG</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG (vectorial)</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF (vectorial)</translation>
    </message>
    <message>
        <source>CSV data</source>
        <translation>Datos CSV</translation>
    </message>
    <message>
        <source>Images for slides, vector files for print, or the chart&apos;s numbers as CSV.</source>
        <translation>Imágenes para diapositivas, archivos vectoriales para imprimir o los números del gráfico en CSV.</translation>
    </message>
    <message>
        <source>As on screen (%1×%2)</source>
        <translation>Como en pantalla (%1×%2)</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Diapositiva %1</translation>
    </message>
    <message>
        <source>%1 page, landscape</source>
        <translation>Página %1, horizontal</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Dots per inch: 96 draws the chart as on a standard screen; more makes text and lines larger on the same number of pixels (and PDF pages smaller).</source>
        <translation>Puntos por pulgada: 96 dibuja el gráfico como en una pantalla estándar; un valor mayor agranda el texto y las líneas con el mismo número de píxeles (y reduce las páginas PDF).</translation>
    </message>
    <message>
        <source>Add a caption: model, hardware, precision, lengths, batch, date</source>
        <translation>Añadir un pie: modelo, hardware, precisión, longitudes, lote, fecha</translation>
    </message>
    <message>
        <source>So that a slide can be traced back to its scenario.</source>
        <translation>Para poder relacionar una diapositiva con su escenario.</translation>
    </message>
    <message>
        <source>Export every chart into a folder</source>
        <translation>Exportar todos los gráficos a una carpeta</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Tamaño</translation>
    </message>
    <message>
        <source>&amp;DPI</source>
        <translation>&amp;PPP</translation>
    </message>
    <message>
        <source>Save &amp;to</source>
        <translation>&amp;Guardar en</translation>
    </message>
    <message>
        <source>Export every chart into</source>
        <translation>Exportar todos los gráficos a</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
</context>
<context>
    <name>tce::HelpWindow</name>
    <message>
        <source>Token Cost Explorer Help</source>
        <translation>Ayuda de Token Cost Explorer</translation>
    </message>
    <message>
        <source>Page Down, →, Space</source>
        <translation>AvPág, →, Espacio</translation>
    </message>
    <message>
        <source>Lesson: next step</source>
        <translation>Lección: paso siguiente</translation>
    </message>
    <message>
        <source>Page Up, ←</source>
        <translation>RePág, ←</translation>
    </message>
    <message>
        <source>Lesson: previous step</source>
        <translation>Lección: paso anterior</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Salir del modo presentación</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Move between controls; Alt with an underlined letter jumps to that control</source>
        <translation>Moverse entre controles; Alt con una letra subrayada salta a ese control</translation>
    </message>
    <message>
        <source>Arrows, Page Up/Down, Home, End</source>
        <translation>Flechas, RePág/AvPág, Inicio, Fin</translation>
    </message>
    <message>
        <source>Move the focused slider</source>
        <translation>Mover el control deslizante que tiene el foco</translation>
    </message>
    <message>
        <source>Mouse wheel, drag, double click</source>
        <translation>Rueda del ratón, arrastrar, doble clic</translation>
    </message>
    <message>
        <source>Chart: zoom, pan, reset the view</source>
        <translation>Gráfico: hacer zoom, desplazar, restablecer la vista</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Token Cost Explorer %1&lt;/h3&gt;&lt;p&gt;Why do output tokens cost more than input tokens? This program computes the FLOPs, memory traffic, KV cache, time and dollars of every token of a request for real model architectures on real hardware.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later. Copyright the Token Cost Explorer authors. Built with Qt %2, QCustomPlot and Eigen.&lt;/p&gt;&lt;h3&gt;Sources of the preset data&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Token Cost Explorer %1&lt;/h3&gt;&lt;p&gt;¿Por qué cuestan más los tokens de salida que los de entrada? Este programa calcula los FLOP, el tráfico de memoria, la caché KV, el tiempo y los dólares de cada token de una solicitud para arquitecturas de modelos reales en hardware real.&lt;/p&gt;&lt;p&gt;Licencia: GPL-3.0-or-later. Copyright: los autores de Token Cost Explorer. Creado con Qt %2, QCustomPlot y Eigen.&lt;/p&gt;&lt;h3&gt;Fuentes de los datos predefinidos&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Engine profiles</source>
        <translation>Perfiles de motor</translation>
    </message>
    <message>
        <source>API prices</source>
        <translation>Precios de API</translation>
    </message>
    <message>
        <source>About Token Cost Explorer</source>
        <translation>Acerca de Token Cost Explorer</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Presentation mode on one screen: switch between the audience&apos;s view and the presenter view</source>
        <translation>Modo presentación en una sola pantalla: cambiar entre la vista del público y la vista del presentador</translation>
    </message>
</context>
<context>
    <name>tce::KvCacheComparisonView</name>
    <message>
        <source>Output tokens generated</source>
        <translation>Tokens de salida generados</translation>
    </message>
    <message>
        <source>Cumulative FLOPs of one request</source>
        <translation>FLOP acumulados de una solicitud</translation>
    </message>
    <message>
        <source>%1 output tokens. With a cache: one prefill of %2 tokens, then %3 steps of one token each, = %4. Without: a full run over %2, %5, … %6 tokens, one per output token, = %7: %8 times as much.</source>
        <translation>%1 tokens de salida. Con caché: un prellenado de %2 tokens y después %3 pasos de un token cada uno, = %4. Sin ella: una pasada completa sobre %2, %5, … %6 tokens, una por token de salida, = %7: %8 veces más.</translation>
    </message>
    <message>
        <source>%1 output tokens</source>
        <translation>%1 tokens de salida</translation>
    </message>
    <message>
        <source>With KV cache: each step attends to the cached keys</source>
        <translation>Con caché KV: cada paso atiende a las claves en caché</translation>
    </message>
    <message>
        <source>Without: each output token recomputes the whole prefix</source>
        <translation>Sin ella: cada token de salida recalcula todo el prefijo</translation>
    </message>
    <message>
        <source>%1× the FLOPs</source>
        <translation>%1× los FLOP</translation>
    </message>
</context>
<context>
    <name>tce::KvMemoryView</name>
    <message>
        <source>Context length (tokens per sequence)</source>
        <translation>Longitud del contexto (tokens por secuencia)</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>Memoria de la GPU</translation>
    </message>
    <message>
        <source>Sequences that fit</source>
        <translation>Secuencias que caben</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>%1 layers × (%2 latent + %3 RoPE dims) × %4 bytes = %5 per token</source>
        <translation>%1 capas × (%2 dims latentes + %3 dims RoPE) × %4 bytes = %5 por token</translation>
    </message>
    <message>
        <source>2 (K and V) × %1 layers × %2 KV heads × %3 dims × %4 bytes = %5 per token</source>
        <translation>2 (K y V) × %1 capas × %2 cabezas KV × %3 dims × %4 bytes = %5 por token</translation>
    </message>
    <message>
        <source>%1.
At %2 tokens one sequence holds %3%4; %5 sequences hold %6, beside %7 of weights.</source>
        <translation>%1.
Con %2 tokens, una secuencia ocupa %3%4; %5 secuencias ocupan %6, junto a %7 de pesos.</translation>
    </message>
    <message>
        <source> (sliding-window layers keep at most %1 tokens)</source>
        <translation> (las capas de ventana deslizante guardan como máximo %1 tokens)</translation>
    </message>
    <message>
        <source>Weights, workspace and reserve (fixed)</source>
        <translation>Pesos, espacio de trabajo y reserva (fijos)</translation>
    </message>
    <message>
        <source>Sequences that fit at this context (right axis)</source>
        <translation>Secuencias que caben con este contexto (eje derecho)</translation>
    </message>
    <message>
        <source>GPU memory: %1</source>
        <translation>Memoria de la GPU: %1</translation>
    </message>
    <message>
        <source>this request: %1 tokens</source>
        <translation>esta solicitud: %1 tokens</translation>
    </message>
    <message>
        <source>batch stops fitting at %1 tokens</source>
        <translation>el lote deja de caber con %1 tokens</translation>
    </message>
    <message>
        <source>1 sequence</source>
        <translation>1 secuencia</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sequences</source>
        <translation>
            <numerusform>%Ln secuencia</numerusform>
            <numerusform>%Ln secuencias</numerusform>
        </translation>
    </message>
    <message>
        <source>+ KV cache of the batch (1 sequence)</source>
        <translation>+ caché KV del lote (1 secuencia)</translation>
    </message>
    <message numerus="yes">
        <source>+ KV cache of the batch (%Ln sequences)</source>
        <translation>
            <numerusform>+ caché KV del lote (%Ln secuencia)</numerusform>
            <numerusform>+ caché KV del lote (%Ln secuencias)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tce::LessonBar</name>
    <message>
        <source>Lessons: a story told in steps, each a scenario, a chart and a caption.</source>
        <translation>Lecciones: una historia contada en pasos, cada uno con un escenario, un gráfico y un texto.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>The previous step (PageUp, Left)</source>
        <translation>El paso anterior (RePág, Izquierda)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>The next step (PageDown, Right, Space)</source>
        <translation>El paso siguiente (AvPág, Derecha, Espacio)</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Close the lesson</source>
        <translation>Cerrar la lección</translation>
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
        <translation>Paso %1 de la lección: %2</translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation>%1, paso %2</translation>
    </message>
    <message>
        <source>Lesson step %1: pinned A: %2</source>
        <translation>Paso %1 de la lección: A fijado: %2</translation>
    </message>
</context>
<context>
    <name>tce::LessonEditor</name>
    <message>
        <source>Undo %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>&amp;New lesson</source>
        <translation>&amp;Nueva lección</translation>
    </message>
    <message>
        <source>Start a lesson whose first step is what the window shows now</source>
        <translation>Empezar una lección cuyo primer paso es lo que muestra ahora la ventana</translation>
    </message>
    <message>
        <source>&amp;Open lesson…</source>
        <translation>&amp;Abrir lección…</translation>
    </message>
    <message>
        <source>&amp;Edit lesson</source>
        <translation>&amp;Editar lección</translation>
    </message>
    <message>
        <source>Record steps, reorder them and write captions and notes</source>
        <translation>Capturar pasos, reordenarlos y escribir sus textos y notas</translation>
    </message>
    <message>
        <source>&amp;Save lesson</source>
        <translation>&amp;Guardar lección</translation>
    </message>
    <message>
        <source>Save lesson &amp;as…</source>
        <translation>Guardar lección &amp;como…</translation>
    </message>
    <message>
        <source>My lesson</source>
        <translation>Mi lección</translation>
    </message>
    <message>
        <source>Recorded step 1: type its caption; record more steps as you change the scenario and the chart</source>
        <translation>Paso 1 capturado: escriba su texto; capture más pasos a medida que cambie el escenario y el gráfico</translation>
    </message>
    <message>
        <source>%1: not opened; the lesson being edited was kept</source>
        <translation>%1: no se ha abierto; se ha conservado la lección que se está editando</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Abrir lección</translation>
    </message>
    <message>
        <source>Could not open the lesson.</source>
        <translation>No se pudo abrir la lección.</translation>
    </message>
    <message>
        <source>Lessons (*.tce-lesson.json *.json);;All files (*)</source>
        <translation>Lecciones (*.tce-lesson.json *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The lesson has no file yet: use Save lesson as…</source>
        <translation>La lección aún no tiene archivo: use Guardar lección como…</translation>
    </message>
    <message>
        <source>No lesson is being edited: choose Lessons &gt; Edit lesson</source>
        <translation>No se está editando ninguna lección: elija Lecciones &gt; Editar lección</translation>
    </message>
    <message>
        <source>Saved the lesson to %1</source>
        <translation>Lección guardada en %1</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Guardar lección</translation>
    </message>
    <message>
        <source>Could not save the lesson.</source>
        <translation>No se pudo guardar la lección.</translation>
    </message>
    <message>
        <source>Lessons (*.tce-lesson.json)</source>
        <translation>Lecciones (*.tce-lesson.json)</translation>
    </message>
    <message>
        <source>Lesson editor</source>
        <translation>Editor de lecciones</translation>
    </message>
    <message>
        <source>The lesson &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>La lección «%1» tiene cambios que no se han guardado. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>Record step %1</source>
        <translation>Capturar el paso %1</translation>
    </message>
    <message>
        <source>Re-record step %1</source>
        <translation>Volver a capturar el paso %1</translation>
    </message>
    <message>
        <source>Duplicate step %1</source>
        <translation>Duplicar el paso %1</translation>
    </message>
    <message>
        <source>A lesson keeps at least one step</source>
        <translation>Una lección conserva al menos un paso</translation>
    </message>
    <message>
        <source>Delete step %1</source>
        <translation>Eliminar el paso %1</translation>
    </message>
    <message>
        <source>Move step %1 to %2</source>
        <translation>Mover el paso %1 a la posición %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Caption of step %1</source>
        <translation>Texto del paso %1</translation>
    </message>
    <message>
        <source>Notes of step %1</source>
        <translation>Notas del paso %1</translation>
    </message>
    <message>
        <source>Note on the chart of step %1</source>
        <translation>Nota en el gráfico del paso %1</translation>
    </message>
    <message>
        <source>Opened the lesson %1</source>
        <translation>Se ha abierto la lección %1</translation>
    </message>
    <message>
        <source>Opened %1: %2 lessons</source>
        <translation>Se ha abierto %1: %2 lecciones</translation>
    </message>
</context>
<context>
    <name>tce::LessonEditorDock</name>
    <message>
        <source>● Record</source>
        <translation>● Capturar</translation>
    </message>
    <message>
        <source>Add a step after the selected one: the scenario, the chart with its options and the pinned A, as the window shows them now (Ctrl+R)</source>
        <translation>Añadir un paso tras el seleccionado: el escenario, el gráfico con sus opciones y el A fijado, tal como los muestra ahora la ventana (Ctrl+R)</translation>
    </message>
    <message>
        <source>Re-record</source>
        <translation>Recapturar</translation>
    </message>
    <message>
        <source>Replace the selected step&apos;s scenario and chart with what the window shows now; its texts stay</source>
        <translation>Sustituir el escenario y el gráfico del paso seleccionado por lo que muestra ahora la ventana; sus textos se conservan</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Copy the selected step (Ctrl+D)</source>
        <translation>Copiar el paso seleccionado (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected step (Delete)</source>
        <translation>Eliminar el paso seleccionado (Supr)</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up); or drag it</source>
        <translation>Subir el paso (Alt+Arriba), o arrastrarlo</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down); or drag it</source>
        <translation>Bajar el paso (Alt+Abajo), o arrastrarlo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the lesson as a .tce-lesson.json file</source>
        <translation>Guardar la lección como archivo .tce-lesson.json</translation>
    </message>
    <message>
        <source>The language the texts below are written in; the window shows a lesson in its own language and falls back to English</source>
        <translation>El idioma en que están escritos los textos de abajo; la ventana muestra una lección en su propio idioma y, si falta, en inglés</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>One to three sentences the audience reads</source>
        <translation>De una a tres frases que lee el público</translation>
    </message>
    <message>
        <source>A note on the chart (optional)</source>
        <translation>Una nota en el gráfico (opcional)</translation>
    </message>
    <message>
        <source>Where the note sits: 0 is the plot&apos;s left edge, 1 its right edge</source>
        <translation>Dónde se sitúa la nota: 0 es el borde izquierdo del área del gráfico y 1, el derecho</translation>
    </message>
    <message>
        <source>Where the note sits: 0 is the plot&apos;s top, 1 its bottom</source>
        <translation>Dónde se sitúa la nota: 0 es el borde superior del área del gráfico y 1, el inferior</translation>
    </message>
    <message>
        <source>What to say, what to ask: only the presenter sees it</source>
        <translation>Qué decir, qué preguntar: solo lo ve el presentador</translation>
    </message>
    <message>
        <source>across</source>
        <translation>horizontal</translation>
    </message>
    <message>
        <source>down</source>
        <translation>vertical</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Writing in:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>&amp;Note on chart:</source>
        <translation>&amp;Nota en el gráfico:</translation>
    </message>
    <message>
        <source>P&amp;laced:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>&amp;Presenter notes:</source>
        <translation>Notas del &amp;presentador:</translation>
    </message>
    <message>
        <source>Lesson editor</source>
        <translation>Editor de lecciones</translation>
    </message>
</context>
<context>
    <name>tce::LessonExport</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>tce::MainWindow</name>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Drag the sliders on the left; hover a chart for exact values.</source>
        <translation>Arrastre los controles deslizantes de la izquierda; pase el puntero sobre un gráfico para ver los valores exactos.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Abrir escenario…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save scenario</source>
        <translation>&amp;Guardar escenario</translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>Guardar escenario &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Import config.json…</source>
        <translation>&amp;Importar config.json…</translation>
    </message>
    <message>
        <source>Read a model architecture from a Hugging Face config.json</source>
        <translation>Leer la arquitectura de un modelo desde un config.json de Hugging Face</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>&amp;Exportar gráfico…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, JPEG, SVG, PDF or CSV; or every chart at once</source>
        <translation>Guardar el gráfico como PNG, JPEG, SVG, PDF o CSV; o todos los gráficos a la vez</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>Co&amp;piar gráfico</translation>
    </message>
    <message>
        <source>Copy the chart as an image, as it is on screen</source>
        <translation>Copiar el gráfico como imagen, tal como se ve en pantalla</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Pin as A (compare)</source>
        <translation>&amp;Fijar como A (comparar)</translation>
    </message>
    <message>
        <source>Keep the current scenario as A, drawn dashed on every chart while you change B</source>
        <translation>Conservar el escenario actual como A, dibujado con trazos discontinuos en cada gráfico mientras cambia B</translation>
    </message>
    <message>
        <source>C&amp;lear A</source>
        <translation>&amp;Quitar A</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Modo presentación</translation>
    </message>
    <message>
        <source>Full screen, large type, only the chart and the lesson (Esc leaves)</source>
        <translation>Pantalla completa, letra grande, solo el gráfico y la lección (Esc para salir)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Token Cost Explorer</source>
        <translation>&amp;Acerca de Token Cost Explorer</translation>
    </message>
    <message>
        <source>Pinned A: %1 on %2, %3 in / %4 out, batch %5: change the scenario to compare</source>
        <translation>A fijado: %1 en %2, %3 de entrada / %4 de salida, lote %5: cambie el escenario para comparar</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contenido</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>&amp;Nuevo escenario</translation>
    </message>
    <message>
        <source>Start again from the default scenario</source>
        <translation>Empezar de nuevo desde el escenario predeterminado</translation>
    </message>
    <message>
        <source>Export &amp;lesson…</source>
        <translation>Exportar &amp;lección…</translation>
    </message>
    <message>
        <source>Save the lesson as PDF slides, a handout, or PNG or SVG files</source>
        <translation>Guardar la lección como diapositivas PDF, como material impreso o como archivos PNG o SVG</translation>
    </message>
</context>
<context>
    <name>tce::MarginHistogramView</name>
    <message>
        <source>Margin of one request: revenue minus cost (USD)</source>
        <translation>Margen de una solicitud: ingresos menos coste (USD)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>margin %1</source>
        <translation>margen %1</translation>
    </message>
    <message>
        <source>%1 requests have a margin between %2 and %3: what they pay (input tokens × input price + output tokens × output price) minus their share of GPU time (their prefill and every decode step). Long outputs sit to the left: each of their steps reads a longer cache.</source>
        <translation>%1 solicitudes tienen un margen entre %2 y %3: lo que pagan (tokens de entrada × precio de entrada + tokens de salida × precio de salida) menos su parte del tiempo de GPU (su prellenado y cada paso de decodificación). Las salidas largas quedan a la izquierda: cada uno de sus pasos lee una caché más larga.</translation>
    </message>
    <message>
        <source>Requests at a loss: %1%</source>
        <translation>Solicitudes con pérdidas: %1 %</translation>
    </message>
    <message>
        <source>Profitable requests</source>
        <translation>Solicitudes rentables</translation>
    </message>
    <message>
        <source>mean %1 per request</source>
        <translation>media %1 por solicitud</translation>
    </message>
    <message>
        <source>prices of %1 (its long-context tier applies)</source>
        <translation>precios de %1 (se aplica su tramo de contexto largo)</translation>
    </message>
    <message>
        <source>prices %1 in / %2 out per 1M</source>
        <translation>precios %1 entrada / %2 salida por 1M</translation>
    </message>
    <message>
        <source>%1: %2 requests at batch %3
%4
most expensive 1% of requests: %5% of the cost
output price for a %6% margin: %7 per 1M</source>
        <translation>%1: %2 solicitudes con lote %3
%4
el 1 % de solicitudes más caras: %5 % del coste
precio de salida para un margen del %6 %: %7 por 1M</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 solicitud</translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests</source>
        <translation>
            <numerusform>%Ln solicitud</numerusform>
            <numerusform>%Ln solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Bin width</source>
        <translation>Ancho del intervalo</translation>
    </message>
</context>
<context>
    <name>tce::MarginMapView</name>
    <message>
        <source>Margin per request (USD)</source>
        <translation>Margen por solicitud (USD)</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Tokens de entrada</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Tokens de salida</translation>
    </message>
    <message>
        <source>A request of %1 input and %2 output tokens at batch %3 costs %4 of GPU time and brings in %5: margin %6.</source>
        <translation>Una solicitud de %1 tokens de entrada y %2 de salida con lote %3 cuesta %4 de tiempo de GPU y aporta %5: margen %6.</translation>
    </message>
    <message>
        <source>%1 input tokens</source>
        <translation>%1 tokens de entrada</translation>
    </message>
    <message>
        <source>%1 output tokens</source>
        <translation>%1 tokens de salida</translation>
    </message>
    <message>
        <source>Margin at %1 in / %2 out per 1M</source>
        <translation>Margen con %1 entrada / %2 salida por 1M</translation>
    </message>
    <message>
        <source>Break-even: longer outputs lose money</source>
        <translation>Punto de equilibrio: las salidas más largas pierden dinero</translation>
    </message>
    <message>
        <source>Requests of %1</source>
        <translation>Solicitudes de %1</translation>
    </message>
    <message>
        <source>Margin per request</source>
        <translation>Margen por solicitud</translation>
    </message>
    <message>
        <source>Cost per request</source>
        <translation>Coste por solicitud</translation>
    </message>
</context>
<context>
    <name>tce::PerTokenCostView</name>
    <message>
        <source>FLOPs</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <source>Bytes moved</source>
        <translation>Bytes movidos</translation>
    </message>
    <message>
        <source>GPU time</source>
        <translation>Tiempo de GPU</translation>
    </message>
    <message>
        <source>Dollars</source>
        <translation>Dólares</translation>
    </message>
    <message>
        <source>Per-token metric</source>
        <translation>Métrica por token</translation>
    </message>
    <message>
        <source>Token position (prompt, then output)</source>
        <translation>Posición del token (prompt, luego salida)</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>posición %1</translation>
    </message>
    <message>
        <source>FLOPs per token</source>
        <translation>FLOP por token</translation>
    </message>
    <message>
        <source>Bytes moved per token</source>
        <translation>Bytes movidos por token</translation>
    </message>
    <message>
        <source>GPU time per token</source>
        <translation>Tiempo de GPU por token</translation>
    </message>
    <message>
        <source>Cost per token (USD)</source>
        <translation>Coste por token (USD)</translation>
    </message>
    <message>
        <source>Prompt tokens: one parallel prefill run</source>
        <translation>Tokens del prompt: una pasada de prellenado en paralelo</translation>
    </message>
    <message>
        <source>Output tokens: one decode run each</source>
        <translation>Tokens de salida: una pasada de decodificación cada uno</translation>
    </message>
    <message>
        <source>Output tokens: one full re-run each (no KV cache)</source>
        <translation>Tokens de salida: una pasada completa cada uno (sin caché KV)</translation>
    </message>
    <message>
        <source>prompt ends · output begins</source>
        <translation>fin del prompt · inicio de la salida</translation>
    </message>
    <message>
        <source>attention to %1 keys: 2 × %2 layers × %3 heads × (%4 + %5 dims) × %1 = %6</source>
        <translation>atención a %1 claves: 2 × %2 capas × %3 cabezas × (%4 + %5 dims) × %1 = %6</translation>
    </message>
    <message>
        <source>Prompt token %1, in the prefill:
matmuls 2 × %2 parameters = %3
+ %4
= %5</source>
        <translation>Token %1 del prompt, en el prellenado:
productos matriciales 2 × %2 parámetros = %3
+ %4
= %5</translation>
    </message>
    <message>
        <source>Output token from the decode step at position %1:
matmuls and logits 2 × %2 parameters = %3
+ %4
= %5</source>
        <translation>Token de salida del paso de decodificación en la posición %1:
productos matriciales y logits 2 × %2 parámetros = %3
+ %4
= %5</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>cómputo</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>memoria</translation>
    </message>
    <message>
        <source>Prompt token %1: the prefill of %2 tokens × %3 prompts takes %4 (%5-bound: %6 at %7), shared by all of its %8 tokens: %9 each.</source>
        <translation>Token %1 del prompt: el prellenado de %2 tokens × %3 prompts dura %4 (limitado por %5: %6 a %7), repartido entre todos sus %8 tokens: %9 cada uno.</translation>
    </message>
    <message>
        <source>Decode step at position %1 for %2 sequences: reads the weights once (%3) and every sequence&apos;s cache of %1 tokens (%4 each): %5 at %6 = %7 (%8-bound), plus %9 overhead. Each sequence&apos;s share: %10, %11 at %12 per GPU-hour.</source>
        <translation>Paso de decodificación en la posición %1 para %2 secuencias: lee los pesos una vez (%3) y la caché de %1 tokens de cada secuencia (%4 cada una): %5 a %6 = %7 (limitado por %8), más %9 de sobrecarga. Parte de cada secuencia: %10, %11 a %12 por hora de GPU.</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Energy per token (joules)</source>
        <translation>Energía por token (julios)</translation>
    </message>
    <message>
        <source>What to plot per token: the arithmetic it needs (FLOPs), the memory traffic it causes, its share of GPU time, its share of the GPU bill, or its share of the energy the GPUs draw.</source>
        <translation>Qué representar por token: la aritmética que necesita (FLOP), el tráfico de memoria que causa, su parte del tiempo de GPU, su parte de la factura de GPU o su parte de la energía que consumen las GPU.</translation>
    </message>
    <message>
        <source>Cached prompt tokens: read from the prompt cache, no prefill</source>
        <translation>Tokens del prompt en caché: leídos de la caché de prompts, sin prellenado</translation>
    </message>
    <message>
        <source>Reasoning tokens: decoded and billed, never shown</source>
        <translation>Tokens de razonamiento: decodificados y facturados, nunca mostrados</translation>
    </message>
    <message>
        <source>cached prefix ends</source>
        <translation>fin del prefijo en caché</translation>
    </message>
    <message>
        <source>reasoning ends · visible answer begins</source>
        <translation>fin del razonamiento · inicio de la respuesta visible</translation>
    </message>
    <message>
        <source>Prompt token %1 came from the prompt cache: this request computes nothing for it, and bills it at the cache-read price. Its KV (%2) is still read by every decode step and still holds memory.</source>
        <translation>El token %1 del prompt viene de la caché de prompts: esta solicitud no calcula nada para él y lo factura al precio de lectura de caché. Su KV (%2) se sigue leyendo en cada paso de decodificación y sigue ocupando memoria.</translation>
    </message>
    <message>
        <source>A hidden reasoning token: decoded and billed like output, never shown. </source>
        <translation>Un token de razonamiento oculto: se decodifica y se factura como la salida, pero nunca se muestra. </translation>
    </message>
    <message>
        <source>The hardware file gives no board and idle power for %1.</source>
        <translation>El archivo de hardware no indica la potencia de la placa ni la potencia en reposo de %1.</translation>
    </message>
    <message>
        <source>Position %1: the run takes %2 (%3-bound) while the GPUs draw %4 W (between idle %5 W and board %6 W each, by how busy the run keeps them): %7, shared by %8 tokens: %9 each.</source>
        <translation>Posición %1: la pasada dura %2 (limitada por %3) mientras las GPU consumen %4 W (cada una entre %5 W en reposo y %6 W de la placa, según lo ocupadas que las mantenga la pasada): %7, repartido entre %8 tokens: %9 cada uno.</translation>
    </message>
    <message>
        <source>Compute takes longer: %1, of which %2 unpacks the quantized weights.</source>
        <translation>El cómputo tarda más: %1, de los cuales %2 desempaquetan los pesos cuantizados.</translation>
    </message>
    <message>
        <source>Compute takes longer: %1.</source>
        <translation>El cómputo tarda más: %1.</translation>
    </message>
    <message>
        <source>Without flash attention the attention scores also go through memory: %1 at %2, %3 more.</source>
        <translation>Sin flash attention, las puntuaciones de atención también pasan por la memoria: %1 a %2, %3 más.</translation>
    </message>
</context>
<context>
    <name>tce::PresentationMode</name>
    <message>
        <source>Present &amp;on</source>
        <translation>Presentar &amp;en</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <source>P&amp;resenter view</source>
        <translation>&amp;Vista del presentador</translation>
    </message>
    <message>
        <source>When presenting, show your notes, the next step and a clock on another screen; with one screen, P switches views</source>
        <translation>Al presentar, mostrar sus notas, el paso siguiente y un reloj en otra pantalla; con una sola pantalla, P cambia de vista</translation>
    </message>
</context>
<context>
    <name>tce::PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Vista del presentador</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No lesson is open.</source>
        <translation>No hay ninguna lección abierta.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>No hay notas para este paso.</translation>
    </message>
    <message>
        <source>End of lesson</source>
        <translation>Fin de la lección</translation>
    </message>
    <message>
        <source>%1 · presenting %2</source>
        <translation>%1 · presentando desde hace %2</translation>
    </message>
</context>
<context>
    <name>tce::PriceRatioView</name>
    <message>
        <source>API list prices (catalog)</source>
        <translation>Precios de tarifa de API (catálogo)</translation>
    </message>
    <message>
        <source>Output / input price ratio</source>
        <translation>Relación de precios salida / entrada</translation>
    </message>
    <message>
        <source>%1 output / %2 input per 1M</source>
        <translation>%1 salida / %2 entrada por 1M</translation>
    </message>
    <message>
        <source>%1: %2 = %3. In the scenario an output token costs %4 an input token: %5 per 1M output / %6 per 1M input.</source>
        <translation>%1: %2 = %3. En el escenario, un token de salida cuesta %4 lo que uno de entrada: %5 por 1M de salida / %6 por 1M de entrada.</translation>
    </message>
    <message>
        <source>Output price / input price, per API (%1 to %2)</source>
        <translation>Precio de salida / precio de entrada, por API (%1 a %2)</translation>
    </message>
    <message>
        <source>Output / input cost here: %1 (%2, batch %3)</source>
        <translation>Coste salida / entrada aquí: %1 (%2, lote %3)</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Cost at the serving load</source>
        <translation>Coste con la carga de servicio</translation>
    </message>
    <message>
        <source>At the serving load the replica&apos;s GPU time, spread over the tokens it served, comes to %1 per 1M output and %2 per 1M input tokens: %3. Each run&apos;s time is split between its prompt and its output tokens by what bounds the run (FLOPs or bytes). The static figure, one batch of one request shape, is %4.</source>
        <translation>Con la carga de servicio, el tiempo de GPU de la réplica, repartido entre los tokens que sirvió, sale a %1 por 1M de tokens de salida y %2 por 1M de tokens de entrada: %3. El tiempo de cada pasada se reparte entre sus tokens del prompt y sus tokens de salida según lo que limita la pasada (FLOP o bytes). La cifra estática, un lote de una sola forma de solicitud, es %4.</translation>
    </message>
    <message>
        <source>Output / input cost at the serving load: %1 (%2, simulated)</source>
        <translation>Coste salida / entrada con la carga de servicio: %1 (%2, simulado)</translation>
    </message>
    <message>
        <source>Cost here
at %1</source>
        <translation>Coste aquí
con %1</translation>
    </message>
</context>
<context>
    <name>tce::PromptCacheView</name>
    <message>
        <source>Cache hit rate (share of requests that read the prefix)</source>
        <translation>Tasa de aciertos de caché (fracción de solicitudes que leen el prefijo)</translation>
    </message>
    <message>
        <source>One request (USD)</source>
        <translation>Una solicitud (USD)</translation>
    </message>
    <message>
        <source>hit rate %1</source>
        <translation>tasa de aciertos %1</translation>
    </message>
    <message>
        <source>Price with the cache: reads at %1, writes at %2 per 1M</source>
        <translation>Precio con caché: lecturas a %1, escrituras a %2 por 1M</translation>
    </message>
    <message>
        <source>Price without: every prompt token at %1 per 1M</source>
        <translation>Precio sin ella: cada token del prompt a %1 por 1M</translation>
    </message>
    <message>
        <source>GPU cost with the cache: a hit skips the prefix&apos;s prefill</source>
        <translation>Coste de GPU con caché: un acierto se salta el prellenado del prefijo</translation>
    </message>
    <message>
        <source>GPU cost without: the whole prompt prefilled</source>
        <translation>Coste de GPU sin ella: todo el prompt prellenado</translation>
    </message>
    <message>
        <source>this request: writes the cache</source>
        <translation>esta solicitud: escribe la caché</translation>
    </message>
    <message>
        <source>this request: a hit</source>
        <translation>esta solicitud: un acierto</translation>
    </message>
    <message>
        <source>Prefix: %1 of %2 prompt tokens (90%, assumed: the scenario sets none)</source>
        <translation>Prefijo: %1 de %2 tokens del prompt (90 %, supuesto: el escenario no fija ninguno)</translation>
    </message>
    <message>
        <source>Prefix: %1 of %2 prompt tokens</source>
        <translation>Prefijo: %1 de %2 tokens del prompt</translation>
    </message>
    <message>
        <source>A write costs no more than input: every hit saves</source>
        <translation>Una escritura no cuesta más que la entrada: cada acierto ahorra</translation>
    </message>
    <message>
        <source>A cache read costs as much as input: caching never pays</source>
        <translation>Una lectura de caché cuesta tanto como la entrada: la caché nunca compensa</translation>
    </message>
    <message>
        <source>At a hit rate of %1: price %1 × %2 (a hit) + %3 × %4 (a write) = %5, against %6 without the cache. GPU cost %1 × %7 + %3 × %8 = %9, against %8 without: a hit skips the prefill of %10 prefix tokens, while their KV is still read by every decode step.</source>
        <translation>Con una tasa de aciertos del %1: precio %1 × %2 (un acierto) + %3 × %4 (una escritura) = %5, frente a %6 sin caché. Coste de GPU %1 × %7 + %3 × %8 = %9, frente a %8 sin ella: un acierto se salta el prellenado de %10 tokens del prefijo, aunque su KV se sigue leyendo en cada paso de decodificación.</translation>
    </message>
    <message>
        <source>caching pays the buyer above a hit rate of %1</source>
        <translation>la caché compensa al comprador con una tasa de aciertos superior al %1</translation>
    </message>
</context>
<context>
    <name>tce::RequestFeaturesGroup</name>
    <message>
        <source>Caching, reasoning, speculation, energy</source>
        <translation>Caché, razonamiento, especulación, energía</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>The first tokens of the prompt that an earlier request left in the prompt cache (a system prompt, a document). A hit skips their prefill, but every decode step still reads their keys and values, and they hold memory.</source>
        <translation>Los primeros tokens del prompt que una solicitud anterior dejó en la caché de prompts (un prompt de sistema, un documento). Un acierto se salta su prellenado, pero cada paso de decodificación sigue leyendo sus claves y valores, y ocupan memoria.</translation>
    </message>
    <message>
        <source>This request writes the cache (a miss)</source>
        <translation>Esta solicitud escribe la caché (un fallo)</translation>
    </message>
    <message>
        <source>A miss: the whole prompt is prefilled and the prefix is stored, billed at the cache-write price.</source>
        <translation>Un fallo: todo el prompt se prellena y el prefijo se almacena, facturado al precio de escritura en caché.</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>input price</source>
        <translation>precio de entrada</translation>
    </message>
    <message>
        <source>API price per 1M prompt tokens read from the cache (0: the input price). Providers charge about a tenth of the input price.</source>
        <translation>Precio de la API por 1M de tokens del prompt leídos de la caché (0: el precio de entrada). Los proveedores cobran alrededor de una décima parte del precio de entrada.</translation>
    </message>
    <message>
        <source>API price per 1M prompt tokens written to the cache (0: the input price). Anthropic charges 1.25x the input price for a 5-minute write.</source>
        <translation>Precio de la API por 1M de tokens del prompt escritos en la caché (0: el precio de entrada). Anthropic cobra 1,25 veces el precio de entrada por una escritura de 5 minutos.</translation>
    </message>
    <message>
        <source>Hidden reasoning before the visible answer: decoded like output, held in the KV cache, billed at the output price, never shown.</source>
        <translation>Razonamiento oculto antes de la respuesta visible: se decodifica como la salida, se guarda en la caché KV, se factura al precio de salida y nunca se muestra.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Draft head (EAGLE)</source>
        <translation>Cabeza de borrador (EAGLE)</translation>
    </message>
    <message>
        <source>Speculative decoding: a draft proposes k tokens, one run of the target checks all k + 1 positions. A head on the target&apos;s hidden states (EAGLE), or a smaller model run on the same GPUs.</source>
        <translation>Decodificación especulativa: un borrador propone k tokens y una pasada del modelo objetivo comprueba las k + 1 posiciones. Una cabeza sobre los estados ocultos del modelo objetivo (EAGLE) o un modelo más pequeño ejecutado en las mismas GPU.</translation>
    </message>
    <message>
        <source>Draft length k: tokens proposed per round.</source>
        <translation>Longitud del borrador k: tokens propuestos por ronda.</translation>
    </message>
    <message>
        <source>Acceptance rate α: the chance that the target keeps a draft token. A round yields (1 − α^(k+1)) / (1 − α) tokens on average.</source>
        <translation>Tasa de aceptación α: la probabilidad de que el modelo objetivo conserve un token del borrador. Una ronda produce de media (1 − α^(k+1)) / (1 − α) tokens.</translation>
    </message>
    <message>
        <source> g CO₂/kWh</source>
        <translation> g CO₂/kWh</translation>
    </message>
    <message>
        <source>The grid&apos;s carbon intensity, for the energy figures&apos; CO₂ (the world average was 480 g/kWh in 2024, Ember).</source>
        <translation>La intensidad de carbono de la red eléctrica, para el CO₂ de las cifras de energía (la media mundial fue de 480 g/kWh en 2024, según Ember).</translation>
    </message>
    <message>
        <source>Cache read / 1M</source>
        <translation>Lectura de caché / 1M</translation>
    </message>
    <message>
        <source>Cache write / 1M</source>
        <translation>Escritura en caché / 1M</translation>
    </message>
    <message>
        <source>&amp;Speculative draft</source>
        <translation>&amp;Borrador especulativo</translation>
    </message>
    <message>
        <source>Draft tokens k</source>
        <translation>Tokens del borrador k</translation>
    </message>
    <message>
        <source>Acceptance α</source>
        <translation>Aceptación α</translation>
    </message>
    <message>
        <source>Grid intensity</source>
        <translation>Intensidad de la red</translation>
    </message>
    <message>
        <source>Change cached prefix</source>
        <translation>Cambiar prefijo en caché</translation>
    </message>
    <message>
        <source>Write the prompt cache</source>
        <translation>Escribir la caché de prompts</translation>
    </message>
    <message>
        <source>Read the prompt cache</source>
        <translation>Leer la caché de prompts</translation>
    </message>
    <message>
        <source>Change cache-read price</source>
        <translation>Cambiar precio de lectura de caché</translation>
    </message>
    <message>
        <source>Change cache-write price</source>
        <translation>Cambiar precio de escritura en caché</translation>
    </message>
    <message>
        <source>Change reasoning tokens</source>
        <translation>Cambiar tokens de razonamiento</translation>
    </message>
    <message>
        <source>Change speculative draft</source>
        <translation>Cambiar borrador especulativo</translation>
    </message>
    <message>
        <source>Change draft tokens</source>
        <translation>Cambiar tokens del borrador</translation>
    </message>
    <message>
        <source>Change acceptance rate</source>
        <translation>Cambiar tasa de aceptación</translation>
    </message>
    <message>
        <source>Change grid intensity</source>
        <translation>Cambiar intensidad de la red</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Under load (the Serving and Timeline charts): the share of requests that find the prefix in the cache. The others prefill it in full.</source>
        <translation>Con carga (gráficos Servicio y Cronología): la fracción de solicitudes que encuentran el prefijo en la caché. Las demás lo prellenan por completo.</translation>
    </message>
    <message>
        <source>Hits under load</source>
        <translation>Aciertos con carga</translation>
    </message>
    <message>
        <source>Change cache hits under load</source>
        <translation>Cambiar aciertos de caché con carga</translation>
    </message>
    <message>
        <source>Cached pre&amp;fix</source>
        <translation>Pre&amp;fijo en caché</translation>
    </message>
    <message>
        <source>Hi&amp;dden reasoning tokens</source>
        <translation>Tokens de &amp;razonamiento ocultos</translation>
    </message>
</context>
<context>
    <name>tce::RooflineView</name>
    <message>
        <source>Arithmetic intensity (FLOPs per byte moved)</source>
        <translation>Intensidad aritmética (FLOP por byte movido)</translation>
    </message>
    <message>
        <source>Attained FLOP/s</source>
        <translation>FLOP/s alcanzados</translation>
    </message>
    <message>
        <source>%1 FLOP/byte</source>
        <translation>%1 FLOP/byte</translation>
    </message>
    <message>
        <source>Arithmetic intensity %1 FLOP per byte moved. The GPU&apos;s ridge is at peak / bandwidth = %2 / %3 = %4 FLOP/byte: below it a run waits on memory, above it on arithmetic. Here: %5.
Prefill: %6 FLOP/byte, decode: %7 FLOP/byte.</source>
        <translation>Intensidad aritmética: %1 FLOP por byte movido. La cresta de la GPU está en pico / ancho de banda = %2 / %3 = %4 FLOP/byte: por debajo, una pasada espera a la memoria; por encima, a la aritmética. Aquí: %5.
Prellenado: %6 FLOP/byte, decodificación: %7 FLOP/byte.</translation>
    </message>
    <message>
        <source>Hardware roofline: %1, %2</source>
        <translation>Roofline del hardware: %1, %2</translation>
    </message>
    <message>
        <source>Engine efficiency: %1</source>
        <translation>Eficiencia del motor: %1</translation>
    </message>
    <message>
        <source>Prefill (%1 prompts of %2 tokens)</source>
        <translation>Prellenado (%1 prompts de %2 tokens)</translation>
    </message>
    <message>
        <source>Decode step (batch of %1)</source>
        <translation>Paso de decodificación (lote de %1)</translation>
    </message>
    <message>
        <source>ridge %1 FLOP/byte</source>
        <translation>cresta %1 FLOP/byte</translation>
    </message>
    <message>
        <source>prefill</source>
        <translation>prellenado</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>decodificación</translation>
    </message>
</context>
<context>
    <name>tce::ScenarioPanel</name>
    <message>
        <source>Model and hardware</source>
        <translation>Modelo y hardware</translation>
    </message>
    <message>
        <source>The model architecture: layers, width, attention heads, experts. Choose a preset or import a Hugging Face config.json (you can also drop one on the window).</source>
        <translation>La arquitectura del modelo: capas, anchura, cabezas de atención, expertos. Elija un modelo predefinido o importe un config.json de Hugging Face (también puede soltarlo sobre la ventana).</translation>
    </message>
    <message>
        <source>The accelerator: its peak FLOP/s, memory bandwidth and memory size.</source>
        <translation>El acelerador: sus FLOP/s máximos, su ancho de banda de memoria y su tamaño de memoria.</translation>
    </message>
    <message>
        <source>GPUs serving one copy of the model with tensor parallelism: they split every layer and exchange activations twice per layer.</source>
        <translation>GPU que sirven una copia del modelo con paralelismo tensorial: se reparten cada capa e intercambian activaciones dos veces por capa.</translation>
    </message>
    <message>
        <source>How the weights are stored. Fewer bits mean fewer bytes to stream per decode step; fp8 and int8 also compute faster on hardware that supports them.</source>
        <translation>Cómo se almacenan los pesos. Menos bits suponen menos bytes que leer en cada paso de decodificación; fp8 e int8, además, calculan más rápido en el hardware que los admite.</translation>
    </message>
    <message>
        <source>How keys and values are stored in the KV cache.</source>
        <translation>Cómo se almacenan las claves y los valores en la caché KV.</translation>
    </message>
    <message>
        <source>The serving engine&apos;s profile: how close it gets to the hardware&apos;s peak (efficiencies), its fixed cost per run, and the memory it keeps for itself. &apos;Ideal roofline&apos; is the textbook bound.</source>
        <translation>El perfil del motor de inferencia: cuánto se acerca al máximo del hardware (eficiencias), su coste fijo por pasada y la memoria que reserva para sí. «Ideal roofline» es el límite teórico.</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;Hardware</source>
        <translation>&amp;Hardware</translation>
    </message>
    <message>
        <source>&amp;GPUs</source>
        <translation>&amp;GPU</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>&amp;Pesos</translation>
    </message>
    <message>
        <source>&amp;KV cache</source>
        <translation>Caché &amp;KV</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>Mo&amp;tor</translation>
    </message>
    <message>
        <source>Request and batch</source>
        <translation>Solicitud y lote</translation>
    </message>
    <message>
        <source>Prompt length I: tokens processed together in one prefill run.</source>
        <translation>Longitud del prompt I: tokens procesados juntos en una pasada de prellenado.</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Tokens de entrada</translation>
    </message>
    <message>
        <source>Output length O: each output token needs one more run over the whole model.</source>
        <translation>Longitud de salida O: cada token de salida necesita una pasada más por todo el modelo.</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Tokens de salida</translation>
    </message>
    <message>
        <source>Sequences decoded together: they share one read of the weights per step.</source>
        <translation>Secuencias decodificadas juntas: comparten una lectura de los pesos por paso.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño del lote</translation>
    </message>
    <message>
        <source>Use a KV cache</source>
        <translation>Usar caché KV</translation>
    </message>
    <message>
        <source>Keep every token&apos;s keys and values, so each output token runs the model once over one token. Off: every output token recomputes the whole prefix.</source>
        <translation>Guarda las claves y los valores de cada token, de modo que cada token de salida ejecuta el modelo una vez sobre un solo token. Desactivado: cada token de salida recalcula todo el prefijo.</translation>
    </message>
    <message>
        <source>&amp;Input tokens</source>
        <translation>Tokens de &amp;entrada</translation>
    </message>
    <message>
        <source>&amp;Output tokens</source>
        <translation>Tokens de &amp;salida</translation>
    </message>
    <message>
        <source>&amp;Batch size</source>
        <translation>Tamaño del &amp;lote</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>What one GPU costs per hour (rental or amortised).</source>
        <translation>Lo que cuesta una GPU por hora (alquiler o amortización).</translation>
    </message>
    <message>
        <source>An API&apos;s list price, to compare with the cost: dated presets, editable below.</source>
        <translation>El precio de tarifa de una API, para compararlo con el coste: valores predefinidos con fecha, editables abajo.</translation>
    </message>
    <message>
        <source>API price per 1M input tokens.</source>
        <translation>Precio de la API por 1M de tokens de entrada.</translation>
    </message>
    <message>
        <source>API price per 1M output tokens.</source>
        <translation>Precio de la API por 1M de tokens de salida.</translation>
    </message>
    <message>
        <source>GPU-&amp;hour</source>
        <translation>Ho&amp;ra de GPU</translation>
    </message>
    <message>
        <source>API &amp;price</source>
        <translation>Precio &amp;API</translation>
    </message>
    <message>
        <source>Input / 1M</source>
        <translation>Entrada / 1M</translation>
    </message>
    <message>
        <source>Output / 1M</source>
        <translation>Salida / 1M</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>The engine profile&apos;s factors. They start from published measurements (see Help &gt; About) and can be changed.</source>
        <translation>Los factores del perfil del motor. Parten de mediciones publicadas (véase Ayuda &gt; Acerca de) y se pueden cambiar.</translation>
    </message>
    <message>
        <source>Share of the peak FLOP/s reached in compute-bound runs (prefill).</source>
        <translation>Fracción de los FLOP/s máximos que se alcanza en las pasadas limitadas por cómputo (prellenado).</translation>
    </message>
    <message>
        <source>Share of the peak memory bandwidth reached in memory-bound runs (decode).</source>
        <translation>Fracción del ancho de banda de memoria máximo que se alcanza en las pasadas limitadas por memoria (decodificación).</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Fixed time per run: scheduling, kernel launches, sampling.</source>
        <translation>Tiempo fijo por pasada: planificación, lanzamiento de kernels, muestreo.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>GPU memory the engine leaves unused.</source>
        <translation>Memoria de la GPU que el motor deja sin usar.</translation>
    </message>
    <message>
        <source>same as batch</source>
        <translation>igual que el lote</translation>
    </message>
    <message>
        <source>Prompts prefilled in one run. 0: as many as the batch.</source>
        <translation>Prompts prellenados en una pasada. 0: tantos como el lote.</translation>
    </message>
    <message>
        <source>Compute efficiency</source>
        <translation>Eficiencia de cómputo</translation>
    </message>
    <message>
        <source>Memory efficiency</source>
        <translation>Eficiencia de memoria</translation>
    </message>
    <message>
        <source>Overhead per run</source>
        <translation>Sobrecarga por pasada</translation>
    </message>
    <message>
        <source>Memory reserve</source>
        <translation>Reserva de memoria</translation>
    </message>
    <message>
        <source>Prefill batch</source>
        <translation>Lote de prellenado</translation>
    </message>
    <message>
        <source>Change model</source>
        <translation>Cambiar modelo</translation>
    </message>
    <message>
        <source>Change hardware</source>
        <translation>Cambiar hardware</translation>
    </message>
    <message>
        <source>Change engine</source>
        <translation>Cambiar motor</translation>
    </message>
    <message>
        <source>Change API price</source>
        <translation>Cambiar precio de API</translation>
    </message>
    <message>
        <source>Change GPU count</source>
        <translation>Cambiar número de GPU</translation>
    </message>
    <message>
        <source>Change weight format</source>
        <translation>Cambiar formato de los pesos</translation>
    </message>
    <message>
        <source>Change KV cache format</source>
        <translation>Cambiar formato de la caché KV</translation>
    </message>
    <message>
        <source>Change input length</source>
        <translation>Cambiar longitud de entrada</translation>
    </message>
    <message>
        <source>Change output length</source>
        <translation>Cambiar longitud de salida</translation>
    </message>
    <message>
        <source>Change batch size</source>
        <translation>Cambiar tamaño del lote</translation>
    </message>
    <message>
        <source>Use the KV cache</source>
        <translation>Usar la caché KV</translation>
    </message>
    <message>
        <source>Turn off the KV cache</source>
        <translation>Desactivar la caché KV</translation>
    </message>
    <message>
        <source>Change GPU-hour price</source>
        <translation>Cambiar precio de la hora de GPU</translation>
    </message>
    <message>
        <source>custom price</source>
        <translation>precio personalizado</translation>
    </message>
    <message>
        <source>Change input price</source>
        <translation>Cambiar precio de entrada</translation>
    </message>
    <message>
        <source>Change output price</source>
        <translation>Cambiar precio de salida</translation>
    </message>
    <message>
        <source>Change compute efficiency</source>
        <translation>Cambiar eficiencia de cómputo</translation>
    </message>
    <message>
        <source>Change memory efficiency</source>
        <translation>Cambiar eficiencia de memoria</translation>
    </message>
    <message>
        <source>Change overhead per run</source>
        <translation>Cambiar sobrecarga por pasada</translation>
    </message>
    <message>
        <source>Change memory reserve</source>
        <translation>Cambiar reserva de memoria</translation>
    </message>
    <message>
        <source>Change prefill batch</source>
        <translation>Cambiar lote de prellenado</translation>
    </message>
    <message>
        <source>Import config.json…</source>
        <translation>Importar config.json…</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (importado)</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash attention</translation>
    </message>
    <message>
        <source>Turn on flash attention</source>
        <translation>Activar flash attention</translation>
    </message>
    <message>
        <source>Turn off flash attention</source>
        <translation>Desactivar flash attention</translation>
    </message>
    <message>
        <source>Attention in one kernel, its scores kept on chip. Off (llama.cpp -fa 0): every micro-batch of %1 tokens writes its scores to memory and reads them back, %2 bytes per score, head and layer, so a long prompt is slower per token than a short one.</source>
        <translation>Atención en un solo kernel, con las puntuaciones en el chip. Desactivada (llama.cpp -fa 0): cada microlote de %1 tokens escribe sus puntuaciones en memoria y las vuelve a leer, %2 bytes por puntuación, cabeza y capa, así que un prompt largo es más lento por token que uno corto.</translation>
    </message>
    <message>
        <source>%1 always runs attention in one kernel.</source>
        <translation>%1 siempre ejecuta la atención en un solo kernel.</translation>
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
        <translation>Entrada + salida = %1 tokens superan la ventana de contexto del modelo, de %2 tokens: el modelo no puede ejecutar esta solicitud; las cifras suponen que podría.</translation>
    </message>
    <message>
        <source>The weights need %1 but only %2 of GPU memory is usable: the weights do not fit; use more GPUs, GPUs with more memory or fewer bits per weight. The numbers assume they fit.</source>
        <translation>Los pesos necesitan %1, pero solo hay %2 de memoria de la GPU utilizable: los pesos no caben; use más GPU, GPU con más memoria o menos bits por peso. Las cifras suponen que caben.</translation>
    </message>
    <message>
        <source>One sequence&apos;s KV cache needs %1 but only %2 is left after the weights: not even one sequence fits; shorten the input or output, store the KV cache in fewer bits or use more GPUs. The numbers assume it fits.</source>
        <translation>La caché KV de una secuencia necesita %1, pero tras los pesos solo quedan %2: no cabe ni una secuencia; acorte la entrada o la salida, almacene la caché KV con menos bits o use más GPU. Las cifras suponen que cabe.</translation>
    </message>
    <message>
        <source>The batch&apos;s KV cache needs %1 but only %2 is left after the weights: the batch does not fit; lower the batch, shorten the sequences or use more GPUs. The numbers assume it fits.</source>
        <translation>La caché KV del lote necesita %1, pero tras los pesos solo quedan %2: el lote no cabe; reduzca el lote, acorte las secuencias o use más GPU. Las cifras suponen que cabe.</translation>
    </message>
</context>
<context>
    <name>tce::ServingChartView</name>
    <message>
        <source>The simulation failed: %1</source>
        <translation>La simulación ha fallado: %1</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>Simulando…</translation>
    </message>
</context>
<context>
    <name>tce::ServingController</name>
    <message>
        <source>Drag the load</source>
        <translation>Arrastrar la carga</translation>
    </message>
</context>
<context>
    <name>tce::ServingLoadGroup</name>
    <message>
        <source>Load on the server</source>
        <translation>Carga del servidor</translation>
    </message>
    <message>
        <source>Clients (each waits for its answer)</source>
        <translation>Clientes (cada uno espera su respuesta)</translation>
    </message>
    <message>
        <source>Requests per second (at random)</source>
        <translation>Solicitudes por segundo (al azar)</translation>
    </message>
    <message>
        <source>A trace&apos;s timestamps</source>
        <translation>Marcas de tiempo de una traza</translation>
    </message>
    <message>
        <source>How requests reach the simulated server (the Serving and Timeline charts): a number of clients that each send the next request when the last one is answered, as benchmarks run it; or requests arriving at random at a rate, as from many independent users.</source>
        <translation>Cómo llegan las solicitudes al servidor simulado (gráficos Servicio y Cronología): un número de clientes que envían cada uno la siguiente solicitud cuando se responde la anterior, como en los benchmarks; o solicitudes que llegan al azar a un ritmo dado, como de muchos usuarios independientes.</translation>
    </message>
    <message>
        <source>Clients sending requests at once. The Serving chart sweeps 1 to 512; you can also drag the point marked &apos;This load&apos; there.</source>
        <translation>Clientes que envían solicitudes a la vez. El gráfico Servicio recorre de 1 a 512; también puede arrastrar allí el punto marcado «Esta carga».</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> sol./s</translation>
    </message>
    <message>
        <source>Requests arriving per second, at random (Poisson).</source>
        <translation>Solicitudes que llegan por segundo, al azar (Poisson).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>sin objetivo</translation>
    </message>
    <message>
        <source>A latency target: the longest a user should wait for the first token. Goodput counts the requests per second that meet every target. 0: no target.</source>
        <translation>Un objetivo de latencia: lo máximo que un usuario debería esperar el primer token. El goodput cuenta las solicitudes por segundo que cumplen todos los objetivos. 0: sin objetivo.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>A latency target: the longest mean time between two output tokens of a request (50 ms is 20 tokens per second, faster than anyone reads). 0: no target.</source>
        <translation>Un objetivo de latencia: el tiempo medio máximo entre dos tokens de salida de una solicitud (50 ms son 20 tokens por segundo, más rápido de lo que nadie lee). 0: sin objetivo.</translation>
    </message>
    <message>
        <source>Lo&amp;ad</source>
        <translation>Tipo &amp;de carga</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>&amp;Requests / s</source>
        <translation>Solicit&amp;udes / s</translation>
    </message>
    <message>
        <source>&amp;Time to first token ≤</source>
        <translation>Tiempo hasta el primer toke&amp;n ≤</translation>
    </message>
    <message>
        <source>Time betwee&amp;n tokens ≤</source>
        <translation>Inter&amp;valo entre tokens ≤</translation>
    </message>
    <message>
        <source>Load by clients</source>
        <translation>Carga por clientes</translation>
    </message>
    <message>
        <source>Load by request rate</source>
        <translation>Carga por ritmo de solicitudes</translation>
    </message>
    <message>
        <source>Change clients</source>
        <translation>Cambiar clientes</translation>
    </message>
    <message>
        <source>Change request rate</source>
        <translation>Cambiar ritmo de solicitudes</translation>
    </message>
    <message>
        <source>Change the time-to-first-token target</source>
        <translation>Cambiar el objetivo de tiempo hasta el primer token</translation>
    </message>
    <message>
        <source>Change the inter-token latency target</source>
        <translation>Cambiar el objetivo de latencia entre tokens</translation>
    </message>
</context>
<context>
    <name>tce::ServingLoadText</name>
    <message>
        <source>1 client</source>
        <translation>1 cliente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation>%1 solicitudes/s</translation>
    </message>
    <message>
        <source>the trace&apos;s timestamps</source>
        <translation>las marcas de tiempo de la traza</translation>
    </message>
</context>
<context>
    <name>tce::ServingTimelineView</name>
    <message>
        <source>Time since the first request</source>
        <translation>Tiempo desde la primera solicitud</translation>
    </message>
    <message>
        <source>Sequences running, requests waiting</source>
        <translation>Secuencias en ejecución, solicitudes en espera</translation>
    </message>
    <message>
        <source>KV cache in use (% of capacity)</source>
        <translation>Caché KV en uso (% de la capacidad)</translation>
    </message>
    <message>
        <source>Sequences running (left)</source>
        <translation>Secuencias en ejecución (izda.)</translation>
    </message>
    <message>
        <source>Requests waiting (left)</source>
        <translation>Solicitudes en espera (izda.)</translation>
    </message>
    <message>
        <source>KV cache in use (right)</source>
        <translation>Caché KV en uso (dcha.)</translation>
    </message>
    <message>
        <source>Sequences running at %1 (left; mean %2, at most %3)</source>
        <translation>Secuencias en ejecución con %1 (izda.; media %2, como máximo %3)</translation>
    </message>
    <message>
        <source>measured: after the warm-up, before the drain</source>
        <translation>medido: tras el calentamiento, antes del vaciado</translation>
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
        <translation>Tokens de salida por segundo por GPU (más carga →)</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Time to first token, median</source>
        <translation>Tiempo hasta el primer token, mediana</translation>
    </message>
    <message>
        <source>Time to first token, p99</source>
        <translation>Tiempo hasta el primer token, p99</translation>
    </message>
    <message>
        <source>Inter-token latency, median</source>
        <translation>Latencia entre tokens, mediana</translation>
    </message>
    <message>
        <source>Inter-token latency, p99</source>
        <translation>Latencia entre tokens, p99</translation>
    </message>
    <message>
        <source>Best goodput: %1 requests/s within the targets (%2)</source>
        <translation>Mejor goodput: %1 solicitudes/s dentro de los objetivos (%2)</translation>
    </message>
    <message>
        <source>TTFT target: %1</source>
        <translation>Objetivo de TTFT: %1</translation>
    </message>
    <message>
        <source>target between tokens (a request&apos;s mean): %1</source>
        <translation>objetivo entre tokens (media de una solicitud): %1</translation>
    </message>
    <message>
        <source>knee: %1</source>
        <translation>codo: %1</translation>
    </message>
    <message>
        <source>This load: %1 (drag it along the curves)</source>
        <translation>Esta carga: %1 (arrástrela a lo largo de las curvas)</translation>
    </message>
    <message>
        <source>%1 per GPU</source>
        <translation>%1 por GPU</translation>
    </message>
    <message>
        <source>%1 at %2: %3. The replica runs %4 sequences at once on average (at most %5; the KV cache peaks at %6 of %7), emits %8 output tokens per second (%9 per GPU) and finishes %10 requests per second.</source>
        <translation>%1 con %2: %3. La réplica ejecuta de media %4 secuencias a la vez (como máximo %5; la caché KV alcanza un máximo de %6 de %7), emite %8 tokens de salida por segundo (%9 por GPU) y completa %10 solicitudes por segundo.</translation>
    </message>
    <message>
        <source>Time to first token %1 (median) to %2 (p99); between tokens %3 to %4; a whole request %5 (median).</source>
        <translation>Tiempo hasta el primer token de %1 (mediana) a %2 (p99); entre tokens, de %3 a %4; una solicitud completa, %5 (mediana).</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Output tokens per second per GPU</source>
        <translation>Tokens de salida por segundo por GPU</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Solicitudes por segundo</translation>
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
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>&amp;Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>tce::SpeculativeView</name>
    <message>
        <source>Batch size (sequences decoded together)</source>
        <translation>Tamaño del lote (secuencias decodificadas juntas)</translation>
    </message>
    <message>
        <source>Decode speed-up from speculation</source>
        <translation>Aceleración de la decodificación por especulación</translation>
    </message>
    <message>
        <source>GPU cost per 1M output tokens (USD)</source>
        <translation>Coste de GPU por 1M de tokens de salida (USD)</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>lote %1</translation>
    </message>
    <message>
        <source>Speed-up: %1 tokens per verification run (k = %2, α = %3) (left)</source>
        <translation>Aceleración: %1 tokens por pasada de verificación (k = %2, α = %3) (izq.)</translation>
    </message>
    <message>
        <source>Cost per 1M output tokens, speculating (right)</source>
        <translation>Coste por 1M de tokens de salida, con especulación (dcha.)</translation>
    </message>
    <message>
        <source>Cost per 1M output tokens, one token per run (right)</source>
        <translation>Coste por 1M de tokens de salida, un token por pasada (dcha.)</translation>
    </message>
    <message>
        <source>no speed-up</source>
        <translation>sin aceleración</translation>
    </message>
    <message>
        <source>slower than plain decoding from batch %1</source>
        <translation>más lento que la decodificación normal a partir del lote %1</translation>
    </message>
    <message>
        <source>this batch: %1</source>
        <translation>este lote: %1</translation>
    </message>
    <message>
        <source>Batch %1 at position %2: one plain decode step takes %3 (%4-bound) and yields one token per sequence. A speculative round drafts %5 tokens and verifies %6 positions in one run of %7 (%8-bound), %9 with the draft, and yields %10 tokens on average: %11 faster.</source>
        <translation>Lote %1 en la posición %2: un paso de decodificación normal dura %3 (limitado por %4) y produce un token por secuencia. Una ronda especulativa propone %5 tokens de borrador y verifica %6 posiciones en una pasada de %7 (limitada por %8), %9 con el borrador, y produce de media %10 tokens: %11 más rápido.</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>cómputo</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>memoria</translation>
    </message>
    <message>
        <source>The scenario sets no draft: shown with an EAGLE-style draft head, k = %1, α = %2
(set one under Caching, reasoning, speculation, energy)</source>
        <translation>El escenario no fija ningún borrador: se muestra con una cabeza de borrador de tipo EAGLE, k = %1, α = %2
(elija uno en «Caché, razonamiento, especulación, energía»)</translation>
    </message>
</context>
<context>
    <name>tce::SpeedStreamView</name>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Start both streams again.</source>
        <translation>Reiniciar ambos flujos.</translation>
    </message>
    <message>
        <source>Prompt: %1 tokens in one prefill, %2 (%3)</source>
        <translation>Prompt: %1 tokens en un prellenado, %2 (%3)</translation>
    </message>
    <message>
        <source>Output: one token per decode step, %1 for this sequence</source>
        <translation>Salida: un token por paso de decodificación, %1 para esta secuencia</translation>
    </message>
</context>
<context>
    <name>tce::SpinBoxWatcher</name>
    <message>
        <source>%1 is out of range: enter a number from %2 to %3.</source>
        <translation>%1 está fuera de rango: introduzca un número de %2 a %3.</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3): set to %4.</source>
        <translation>%1 está fuera de rango (%2 a %3): se ha ajustado a %4.</translation>
    </message>
</context>
<context>
    <name>tce::SummaryStrip</name>
    <message>
        <source>Time to first token</source>
        <translation>Tiempo hasta el primer token</translation>
    </message>
    <message>
        <source>The prefill: one run over the whole prompt (all prompts of the prefill batch together).</source>
        <translation>El prellenado: una pasada sobre todo el prompt (todos los prompts del lote de prellenado a la vez).</translation>
    </message>
    <message>
        <source>Decode speed</source>
        <translation>Velocidad de decodificación</translation>
    </message>
    <message>
        <source>Output tokens per second for one sequence, and for the whole batch. Each output token needs its own run over the model.</source>
        <translation>Tokens de salida por segundo para una secuencia y para todo el lote. Cada token de salida necesita su propia pasada por el modelo.</translation>
    </message>
    <message>
        <source>Request latency</source>
        <translation>Latencia de la solicitud</translation>
    </message>
    <message>
        <source>Time to first token plus every decode step of this request.</source>
        <translation>Tiempo hasta el primer token más cada paso de decodificación de esta solicitud.</translation>
    </message>
    <message>
        <source>KV cache per token</source>
        <translation>Caché KV por token</translation>
    </message>
    <message>
        <source>Keys and values one token leaves in GPU memory, summed over the layers.</source>
        <translation>Claves y valores que un token deja en la memoria de la GPU, sumados en todas las capas.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Whether the weights and the batch&apos;s KV cache fit in GPU memory, and how many sequences of this length would fit.</source>
        <translation>Si los pesos y la caché KV del lote caben en la memoria de la GPU, y cuántas secuencias de esta longitud cabrían.</translation>
    </message>
    <message>
        <source>Input, per 1M tokens</source>
        <translation>Entrada, por 1M de tokens</translation>
    </message>
    <message>
        <source>What a prompt token costs the provider: its share of the prefill run&apos;s GPU time.</source>
        <translation>Lo que cuesta al proveedor un token del prompt: su parte del tiempo de GPU de la pasada de prellenado.</translation>
    </message>
    <message>
        <source>Output, per 1M tokens</source>
        <translation>Salida, por 1M de tokens</translation>
    </message>
    <message>
        <source>What an output token costs the provider: its share of one decode step&apos;s GPU time.</source>
        <translation>Lo que cuesta al proveedor un token de salida: su parte del tiempo de GPU de un paso de decodificación.</translation>
    </message>
    <message>
        <source>Output / input cost</source>
        <translation>Coste salida / entrada</translation>
    </message>
    <message>
        <source>How many times more an output token costs than an input token here, beside the ratio of the API&apos;s list prices.</source>
        <translation>Cuántas veces más cuesta aquí un token de salida que uno de entrada, junto a la relación entre los precios de tarifa de la API.</translation>
    </message>
    <message>
        <source>Cost of one request</source>
        <translation>Coste de una solicitud</translation>
    </message>
    <message>
        <source>This request&apos;s share of the GPU bill: its share of the prefill plus its share of every decode step. Below it, the margin at the API price.</source>
        <translation>La parte de la factura de GPU que corresponde a esta solicitud: su parte del prellenado más su parte de cada paso de decodificación. Debajo, el margen al precio de la API.</translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation>limitado por cómputo</translation>
    </message>
    <message>
        <source>memory-bound</source>
        <translation>limitado por memoria</translation>
    </message>
    <message>
        <source>%1 for the batch of %2</source>
        <translation>%1 para el lote de %2</translation>
    </message>
    <message>
        <source>revenue %1 · margin %2</source>
        <translation>ingresos %1 · margen %2</translation>
    </message>
    <message>
        <source>no API price set</source>
        <translation>sin precio de API</translation>
    </message>
    <message>
        <source>list price %1</source>
        <translation>precio de tarifa %1</translation>
    </message>
    <message>
        <source>list prices: %1</source>
        <translation>precios de tarifa: %1</translation>
    </message>
    <message>
        <source>no list price</source>
        <translation>sin precio de tarifa</translation>
    </message>
    <message>
        <source>%1 for the batch at %2 tokens</source>
        <translation>%1 para el lote con %2 tokens</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Cabe</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>No cabe</translation>
    </message>
    <message>
        <source>up to %1 sequences at this length</source>
        <translation>hasta %1 secuencias con esta longitud</translation>
    </message>
    <message>
        <source>does not run: too long for the model</source>
        <translation>no puede ejecutarse: demasiado largo para el modelo</translation>
    </message>
    <message>
        <source>does not run: the weights do not fit</source>
        <translation>no puede ejecutarse: los pesos no caben</translation>
    </message>
    <message>
        <source>does not run: a sequence does not fit</source>
        <translation>no puede ejecutarse: una secuencia no cabe</translation>
    </message>
    <message>
        <source>does not run: the batch does not fit</source>
        <translation>no puede ejecutarse: el lote no cabe</translation>
    </message>
    <message>
        <source>prefill of 1 prompt: %1, %2</source>
        <translation>prellenado de 1 prompt: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>prefill of %Ln prompts: %1, %2</source>
        <translation>
            <numerusform>prellenado de %Ln prompt: %1, %2</numerusform>
            <numerusform>prellenado de %Ln prompts: %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>1 run: the prefill, no decode step</source>
        <translation>1 pasada: el prellenado, ningún paso de decodificación</translation>
    </message>
    <message>
        <source>2 runs: 1 prefill + 1 decode step</source>
        <translation>2 pasadas: 1 prellenado + 1 paso de decodificación</translation>
    </message>
    <message numerus="yes">
        <source>%1 runs: 1 prefill + %Ln decode steps</source>
        <translation>
            <numerusform>%1 pasadas: 1 prellenado + %Ln paso de decodificación</numerusform>
            <numerusform>%1 pasadas: 1 prellenado + %Ln pasos de decodificación</numerusform>
        </translation>
    </message>
    <message>
        <source>up to 1 sequence at this length</source>
        <translation>hasta 1 secuencia con esta longitud</translation>
    </message>
    <message>
        <source>the weights alone (%1) exceed the %2 of usable memory</source>
        <translation>solo los pesos (%1) ya superan los %2 de memoria utilizable</translation>
    </message>
    <message>
        <source>the weights fit; one sequence&apos;s KV cache (%1) does not fit in the %2 left</source>
        <translation>los pesos caben; la caché KV de una secuencia (%1) no cabe en los %2 restantes</translation>
    </message>
    <message>
        <source>the batch of %1 does not fit: %2</source>
        <translation>el lote de %1 no cabe: %2</translation>
    </message>
    <message>
        <source>A: %1 · B: %2</source>
        <translation>A: %1 · B: %2</translation>
    </message>
    <message>
        <source>%1 · the same</source>
        <translation>%1 · igual</translation>
    </message>
    <message>
        <source>%1
B − A: %2</source>
        <translation>%1
B − A: %2</translation>
    </message>
    <message>
        <source>%1 (does not run)</source>
        <translation>%1 (no puede ejecutarse)</translation>
    </message>
    <message>
        <source>at this load</source>
        <translation>con esta carga</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>The serving simulation failed: %1</source>
        <translation>La simulación de servicio ha fallado: %1</translation>
    </message>
    <message>
        <source>The cost of the replica&apos;s GPU time at the load set under &apos;Load on the server&apos;, spread over the tokens it served (the Serving and Timeline charts).</source>
        <translation>El coste del tiempo de GPU de la réplica con la carga fijada en «Carga del servidor», repartido entre los tokens que sirvió (gráficos Servicio y Cronología).</translation>
    </message>
    <message>
        <source>not simulated</source>
        <translation>no simulado</translation>
    </message>
    <message>
        <source>simulating…</source>
        <translation>simulando…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>±%1% on GPUs not in the fit</source>
        <translation>±%1 % en GPU fuera del ajuste</translation>
    </message>
    <message>
        <source>Energy of one request</source>
        <translation>Energía de una solicitud</translation>
    </message>
    <message>
        <source>What the GPUs draw for this request&apos;s share of its runs, between idle and board power by how busy each run keeps them; below it, per output token and the CO₂ at the grid intensity set under Caching, reasoning, speculation, energy.</source>
        <translation>Lo que consumen las GPU por la parte de sus pasadas que corresponde a esta solicitud, entre la potencia en reposo y la de la placa, según lo ocupadas que las mantenga cada pasada; debajo, por token de salida y el CO₂ con la intensidad de la red fijada en «Caché, razonamiento, especulación, energía».</translation>
    </message>
    <message>
        <source>%1 hidden reasoning + %2 visible tokens</source>
        <translation>%1 tokens de razonamiento ocultos + %2 visibles</translation>
    </message>
    <message>
        <source>%1 faster by speculation (%2 tokens per run)</source>
        <translation>%1 más rápido con especulación (%2 tokens por pasada)</translation>
    </message>
    <message>
        <source>billed for %1 output tokens, %2 shown</source>
        <translation>facturados %1 tokens de salida, %2 mostrados</translation>
    </message>
    <message>
        <source>%1 prompt tokens from the cache; without it %2</source>
        <translation>%1 tokens del prompt de la caché; sin ella, %2</translation>
    </message>
    <message>
        <source>%1 per output token · %2 CO₂ at %3 g/kWh</source>
        <translation>%1 por token de salida · %2 de CO₂ con %3 g/kWh</translation>
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
        <translation>sin datos de potencia para %1</translation>
    </message>
    <message>
        <source>no GPU-hour price for %1: set one under Prices</source>
        <translation>sin precio por hora de GPU para %1: indíquelo en Precios</translation>
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
        <translation>Tokens del prompt en este pequeño ejemplo.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Output tokens: one run each (the prefill produces the first).</source>
        <translation>Tokens de salida: una pasada cada uno (el prellenado produce el primero).</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Animate decoding: one more run every second.</source>
        <translation>Animar la decodificación: una pasada más cada segundo.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Show the next run.</source>
        <translation>Mostrar la siguiente pasada.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Back to the prefill.</source>
        <translation>Volver al prellenado.</translation>
    </message>
    <message>
        <source>Tokens: whose key (blue prompt, orange output)</source>
        <translation>Tokens: de quién es la clave (azul prompt, naranja salida)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Pasadas</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>ent. %1</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>sal. %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>KV</source>
        <translation>KV</translation>
    </message>
    <message>
        <source>Run 1: the prefill of %1 prompt tokens</source>
        <translation>Pasada 1: el prellenado de %1 tokens del prompt</translation>
    </message>
    <message>
        <source>Run %1: decode step at position %2</source>
        <translation>Pasada %1: paso de decodificación en la posición %2</translation>
    </message>
    <message>
        <source>%1
%2 query-key dot products per head and layer
%3, %4 moved

So far (%5 of %6 runs): %7 dot products, %8, %9 moved
An output token&apos;s key is used by %10 runs on average:
about half of the %11 decode steps</source>
        <translation>%1
%2 productos escalares consulta-clave por cabeza y capa
%3, %4 movidos

Hasta ahora (%5 de %6 pasadas): %7 productos escalares, %8, %9 movidos
La clave de un token de salida la usan %10 pasadas de media:
aproximadamente la mitad de los %11 pasos de decodificación</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>Caché KV</translation>
    </message>
    <message>
        <source>prefill</source>
        <translation>prellenado</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <source>uses of each key</source>
        <translation>usos de cada clave</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Pasada</translation>
    </message>
    <message>
        <source>Token position</source>
        <translation>Posición del token</translation>
    </message>
    <message>
        <source>Queries using its key</source>
        <translation>Consultas que usan su clave</translation>
    </message>
    <message>
        <source>Query-key dot products per head and layer</source>
        <translation>Productos escalares consulta-clave por cabeza y capa</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Cómputo</translation>
    </message>
    <message>
        <source>Memory moved</source>
        <translation>Memoria movida</translation>
    </message>
    <message>
        <source>KV cache after the run</source>
        <translation>Caché KV tras la pasada</translation>
    </message>
</context>
<context>
    <name>tce::WorkloadController</name>
    <message>
        <source>Imported %1 requests from %2</source>
        <translation>Se han importado %1 solicitudes desde %2</translation>
    </message>
    <message>
        <source>Imported %1 prices from %2</source>
        <translation>Se han importado %1 precios desde %2</translation>
    </message>
    <message>
        <source>Import a request trace</source>
        <translation>Importar una traza de solicitudes</translation>
    </message>
    <message>
        <source>Trace CSV (*.csv);;All files (*)</source>
        <translation>Traza CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not import the trace.</source>
        <translation>No se pudo importar la traza.</translation>
    </message>
    <message>
        <source>Import a price catalog</source>
        <translation>Importar un catálogo de precios</translation>
    </message>
    <message>
        <source>Price catalogs (*.json *.csv);;All files (*)</source>
        <translation>Catálogos de precios (*.json *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not import the price catalog.</source>
        <translation>No se pudo importar el catálogo de precios.</translation>
    </message>
</context>
<context>
    <name>tce::WorkloadPanel</name>
    <message>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <source>Import trace CSV…</source>
        <translation>Importar traza CSV…</translation>
    </message>
    <message>
        <source>The requests the Margins and Margin map charts evaluate: a built-in mix fitted to public traces, or your own trace (TIMESTAMP,ContextTokens,GeneratedTokens or input_tokens,output_tokens).</source>
        <translation>Las solicitudes que evalúan los gráficos Márgenes y Mapa de márgenes: una mezcla integrada ajustada a trazas públicas, o su propia traza (TIMESTAMP,ContextTokens,GeneratedTokens o input_tokens,output_tokens).</translation>
    </message>
    <message>
        <source>Largest batch that fits</source>
        <translation>Mayor lote que cabe</translation>
    </message>
    <message>
        <source>Serve the mix at as many concurrent sequences of its mean length as fit in memory, instead of the batch size above.</source>
        <translation>Servir la mezcla con tantas secuencias simultáneas de su longitud media como quepan en memoria, en lugar del tamaño de lote indicado arriba.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The margin a provider aims for: the Margins chart gives the output price that earns it over the whole mix.</source>
        <translation>El margen que busca un proveedor: el gráfico Márgenes indica el precio de salida que lo consigue sobre toda la mezcla.</translation>
    </message>
    <message>
        <source>What the requests pay: the API price above, or an entry of an imported price catalog (LiteLLM&apos;s model_prices_and_context_window.json or a CSV), whose long-context tier bills a whole request once its prompt crosses the threshold.</source>
        <translation>Lo que pagan las solicitudes: el precio de API indicado arriba o una entrada de un catálogo de precios importado (model_prices_and_context_window.json de LiteLLM o un CSV), cuyo tramo de contexto largo factura la solicitud completa en cuanto su prompt supera el umbral.</translation>
    </message>
    <message>
        <source>&amp;Mix</source>
        <translation>Me&amp;zcla</translation>
    </message>
    <message>
        <source>Target &amp;margin</source>
        <translation>Margen &amp;objetivo</translation>
    </message>
    <message>
        <source>&amp;Revenue at</source>
        <translation>&amp;Ingresos con</translation>
    </message>
    <message>
        <source>The API price above</source>
        <translation>El precio de API de arriba</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Import price catalog…</source>
        <translation>Importar catálogo de precios…</translation>
    </message>
    <message>
        <source>%1 (trace)</source>
        <translation>%1 (traza)</translation>
    </message>
    <message>
        <source>Serving charts serve the mix</source>
        <translation>Los gráficos de servicio sirven la mezcla</translation>
    </message>
    <message>
        <source>The Serving and Timeline charts simulate requests of this mix (or trace) instead of the input and output lengths above. A trace&apos;s own arrival times are used when the scenario file asks for them.</source>
        <translation>Los gráficos Servicio y Cronología simulan solicitudes de esta mezcla (o traza) en lugar de las longitudes de entrada y salida indicadas arriba. Las horas de llegada propias de una traza se usan cuando el archivo de escenario lo pide.</translation>
    </message>
</context>
</TS>
