import type { SkillSource } from './types';

// AI, LLMs, machine learning, data analysis and BI.
export const aiData: SkillSource = {
  category: 'ai-llm',
  rows: `
ai|Artificial intelligence|AI開発|!ai,ai開発,ai development,ai engineer,aiエンジニア,人工知能,artificial intelligence,ai solutions||picker
generative-ai|Generative AI|生成AI|生成ai,generative ai,gen ai,genai|ai
llm|LLM application development|LLMアプリ開発|~LLM,llms,large language model,large language models,大規模言語モデル,生成ai開発,llm開発,llm integration,llmアプリ|generative-ai
openai-api|OpenAI API|OpenAI API|openai api,openai,chatgpt api,gpt-4 api,gpt api,gpt-4,gpt-4o,gpt-5,gpt4,gpt-3.5,openai assistants,openai sdk|llm
claude-api|Claude API|Claude API|anthropic api,claude api,anthropic sdk|llm
claude|Claude|Claude|~Claude,claude sonnet,claude opus,claude 3|generative-ai
claude-code|Claude Code|Claude Code|claude code|generative-ai
codex|OpenAI Codex|Codex|openai codex,~Codex|generative-ai
github-copilot|GitHub Copilot|GitHub Copilot|github copilot|generative-ai
gemini-api|Gemini API|Gemini API|gemini api,vertex ai gemini|llm
gemini|Gemini|Gemini|~Gemini,google gemini|generative-ai
azure-openai|Azure OpenAI|Azure OpenAI|azure openai,azure openai service|openai-api
deepseek|DeepSeek|DeepSeek||llm
llama|Llama|Llama|llama 3,llama3,llama2,~Llama|open-source-llm
mistral|Mistral|Mistral|mistral ai,mixtral|open-source-llm
open-source-llm|Open-source LLMs|オープンソースLLM|vllm,llama.cpp,ローカルllm,local llm,hugging face models|llm
hugging-face|Hugging Face|Hugging Face|huggingface,transformers library|machine-learning
langchain|LangChain|LangChain|langgraph,langsmith|llm
llamaindex|LlamaIndex|LlamaIndex|llama index|llm
rag|RAG|RAG|~RAG,retrieval augmented generation,retrieval-augmented generation,検索拡張生成|llm
vector-database|Vector database|ベクトルデータベース|vector db,vector database,ベクトル検索,vector search,embeddings|rag
pinecone|Pinecone|Pinecone||vector-database
weaviate|Weaviate|Weaviate||vector-database
qdrant|Qdrant|Qdrant||vector-database
milvus|Milvus|Milvus||vector-database
chromadb|ChromaDB|ChromaDB|chroma db,chromadb|vector-database
faiss|FAISS|FAISS||vector-database
prompt-engineering|Prompt engineering|プロンプトエンジニアリング|プロンプト作成,prompt writing,プロンプト設計,prompt engineer,プロンプトエンジニア|generative-ai
chatgpt|ChatGPT|ChatGPT|チャットgpt,gpts,chat gpt,chatgptを活用|generative-ai
copilot|Microsoft Copilot|Copilot|~Copilot,copilot studio,microsoft copilot|generative-ai
cursor|Cursor|Cursor|~Cursor,cursor ai|generative-ai
ai-agents|AI agents|AIエージェント|ai agent,ai agents,agentic,autonomous agents,aiエージェント開発,agent development|llm
crewai|CrewAI|CrewAI|crew ai|ai-agents
autogen|AutoGen|AutoGen||ai-agents
atomic-agents|Atomic Agents|Atomic Agents|atomic agents|ai-agents
mcp|Model Context Protocol|MCP|~MCP,model context protocol,mcp server,mcpサーバー|ai-agents
openai-agents-sdk|OpenAI Agents SDK|OpenAI Agents SDK|agents sdk|ai-agents
dify|Dify|Dify||ai-agents
llm-fine-tuning|LLM fine-tuning|ファインチューニング|fine-tuning,fine tuning,finetuning,lora|llm
llm-evaluation|LLM evaluation|LLM評価|llm evaluation,ai evaluation,evals,ai response evaluation,ai評価,回答評価|ai-training-data
ai-training-data|AI training data|AIデータ作成|ai training,rlhf,ai trainer,ai学習データ,学習データ作成,training data,ai data|ai
data-annotation|Data annotation|アノテーション|データアノテーション,annotation,アノテーション作業,annotator,データラベリング,data labeling,data labelling,image annotation,画像アノテーション,bounding box|ai-training-data
chatbot|Chatbot building|チャットボット制作|chatbot,チャットボット,chatbots,bot開発,ボット開発,ai chatbot,aiチャットボット|ai
machine-learning|Machine learning|機械学習|machine learning,ml engineer,機械学習エンジニア,予測モデル,predictive modeling|ai
deep-learning|Deep learning|ディープラーニング|deep learning,深層学習,neural network,neural networks,ニューラルネットワーク,lstm|machine-learning
pytorch|PyTorch|PyTorch|~Torch|deep-learning
tensorflow|TensorFlow|TensorFlow|tf.keras,keras,tensorflow.js,tflite|deep-learning
scikit-learn|scikit-learn|scikit-learn|sklearn,scikit learn|machine-learning
xgboost|XGBoost|XGBoost|lightgbm,catboost|machine-learning
reinforcement-learning|Reinforcement learning|強化学習|reinforcement learning|machine-learning
mlops|MLOps|MLOps|vertex ai,mlflow,kubeflow,model deployment|machine-learning
computer-vision|Computer vision|画像認識|画像解析,物体検出,object detection,computer vision,image recognition,画像処理,image processing,顔認識,face recognition|machine-learning
opencv|OpenCV|OpenCV||computer-vision
yolo|YOLO|YOLO|~YOLO,yolov8,yolov5|computer-vision
nlp|NLP|自然言語処理|natural language processing,~NLP,テキスト解析,text analysis,感情分析,sentiment analysis|machine-learning
ocr|OCR|OCR|文字認識,ai-ocr,ai ocr,optical character recognition|computer-vision
tesseract|Tesseract|Tesseract|tesseract ocr,tesseract.js|ocr
google-vision|Google Cloud Vision|Google Cloud Vision|cloud vision api,vision api,document ai,textract,aws textract,azure form recognizer|ocr
speech-recognition|Speech recognition|音声認識|speech-to-text,speech recognition,音声文字起こしai,asr|machine-learning
ai-voice|AI voice|AI音声|音声合成,text-to-speech,tts,voice cloning,ボイスクローン,合成音声|generative-ai
ai-image-generation|AI image generation|AI画像生成|画像生成ai,画像生成,aiイラスト,ai art,ai image generation,ai画像|generative-ai
midjourney|Midjourney|Midjourney|にじジャーニー,niji journey|ai-image-generation
stable-diffusion|Stable Diffusion|Stable Diffusion|sdxl,flux.1,automatic1111,lora学習|ai-image-generation
comfyui|ComfyUI|ComfyUI||stable-diffusion
dall-e|DALL-E|DALL-E|dall-e 3,dalle|ai-image-generation
adobe-firefly|Adobe Firefly|Adobe Firefly|firefly|ai-image-generation
ai-video|AI video|AI動画|ai動画,ai video,ai動画生成,runway ml,openai sora,kling,ai avatar video|generative-ai
heygen|HeyGen|HeyGen|synthesia,d-id|ai-video
ai-music|AI music|AI作曲|suno,udio,ai music,ai作曲|generative-ai
ai-consulting|AI consulting|AI導入支援|ai導入,ai導入支援,ai consulting,ai活用支援,ai研修,ai consultant,aiコンサル,aiコンサルタント|ai
ai-writing|AI-assisted writing|AIライティング|aiライティング,ai writing,ai記事作成,ai content|writing
recommendation-systems|Recommendation systems|レコメンドエンジン|recommendation system,recommender system,レコメンド|machine-learning
time-series|Time-series forecasting|時系列予測|時系列分析,forecasting,需要予測,demand forecasting|machine-learning
data-science|Data science|データサイエンス|data scientist,データサイエンティスト,data science|ai
jupyter|Jupyter|Jupyter|jupyter notebook,jupyterlab,google colab,colab|data-science
data-analysis|Data analysis|データ分析|データ解析,data analytics,data analysis,data analyst,データアナリスト,データ集計,集計分析|ai
pandas|pandas|pandas|~pandas,polars|python
numpy|NumPy|NumPy|scipy|python
matplotlib|Matplotlib|Matplotlib||python
seaborn|Seaborn|Seaborn||python
plotly|Plotly|Plotly|plotly dash,dash plotly|python
statistics|Statistics|統計解析|統計,統計分析,statistical analysis,statistics,多変量解析,回帰分析,regression analysis,統計的検定|data-analysis
spss|SPSS|SPSS|ibm spss|statistics
sas|SAS|SAS|~SAS,sas programming,sas base|statistics
stata|Stata|Stata||statistics
jmp|JMP|JMP|~JMP|statistics
ab-test-analysis|A/B test analysis|効果検証|効果検証,causal inference,因果推論|statistics
bi|BI dashboards|BIダッシュボード|~BI,bi-dashboard,ダッシュボード作成,bi dashboard,bi tools,biツール,business intelligence|data-analysis
tableau|Tableau|Tableau|~Tableau|bi
power-bi|Power BI|Power BI|powerbi,dax,data analysis expressions|bi
looker-studio|Looker Studio|Looker Studio|looker studio,データポータル,google data studio,data studio|bi
looker|Looker|Looker|~Looker,lookml|bi
metabase|Metabase|Metabase|redash,superset,quicksight,amazon quicksight|bi
domo|Domo|Domo|~Domo,qlik,qlik sense|bi
survey-analysis|Survey analysis|アンケート分析|アンケート集計,survey analysis,questionnaire analysis|data-analysis
mediapipe|MediaPipe|MediaPipe||computer-vision
sentence-transformers|Sentence Transformers|Sentence Transformers|sentence-transformers,sbert,sentence bert|nlp
spacy|spaCy|spaCy||nlp
nltk|NLTK|NLTK||nlp
bert|BERT|BERT|~BERT,roberta|nlp
gpt-api-function-calling|Function calling|Function Calling|function calling,tool calling,tool use|llm
langfuse|LLM observability|LLM監視|langfuse,helicone,llm observability|llm
ollama|Ollama|Ollama||open-source-llm
grok|Grok|Grok|~Grok,xai api|llm
perplexity|Perplexity|Perplexity|perplexity api|llm
elevenlabs|ElevenLabs|ElevenLabs|eleven labs|ai-voice
whisper|Whisper|Whisper|~Whisper,openai whisper,whisper api|speech-recognition
ai-avatar|AI avatars|AIアバター|ai avatar,aiアバター,デジタルヒューマン|ai-video
`,
};
