"""Writes the metric-file fixtures of test/fixtures/compare/tools (README.md there says where each
shape comes from). The values are made up; the scikit-learn report is computed by scikit-learn
itself from made-up labels, so its shape is sklearn's own.

    /usr/bin/python3 scripts/reference/metric-file-fixtures.py   (Debian python3-sklearn 1.2.1)
"""
import json
import os
import random
from pathlib import Path

from sklearn.metrics import classification_report

OUT = Path(__file__).resolve().parents[2] / "test" / "fixtures" / "compare" / "tools" / "sklearn-report"
LABELS = ["cat", "dog", "fox.red"]  # a class label with a dot: its metrics are quoted keys


def predictions(seed, error_rate):
    rng = random.Random(seed)
    truth = [rng.choice(LABELS) for _ in range(300)]
    pred = [t if rng.random() > error_rate else rng.choice(LABELS) for t in truth]
    return truth, pred


for name, (seed, err) in {"baseline": (7, 0.20), "candidate": (7, 0.17)}.items():
    truth, pred = predictions(seed, err)
    report = classification_report(truth, pred, output_dict=True)
    (OUT / f"{name}.json").write_text(json.dumps(report, indent=2) + "\n")
    print(name, "accuracy", report["accuracy"], "macro f1", report["macro avg"]["f1-score"])

os.chdir(OUT.parent)
def w(name, obj):
    with open(name,'w') as f: f.write(json.dumps(obj, indent=2, ensure_ascii=False)+'\n')
def lm(acc_arc, se_arc, acc_hs, se_hs, grp):
    return {
      "results": {
        "reasoning": {"alias": "reasoning", "acc,none": grp[0], "acc_stderr,none": grp[1]},
        "arc_easy": {"alias": " - arc_easy", "acc,none": acc_arc, "acc_stderr,none": se_arc, "acc_norm,none": round(acc_arc-0.031,4), "acc_norm_stderr,none": round(se_arc+0.0004,4)},
        "hellaswag": {"alias": " - hellaswag", "acc,none": acc_hs, "acc_stderr,none": se_hs, "acc_norm,none": round(acc_hs+0.052,4), "acc_norm_stderr,none": "N/A"},
      },
      "groups": {"reasoning": {"alias": "reasoning", "acc,none": grp[0], "acc_stderr,none": grp[1]}},
      "group_subtasks": {"reasoning": ["arc_easy", "hellaswag"]},
      "configs": {
        "arc_easy": {"task": "arc_easy", "tag": ["ai2_arc"], "dataset_path": "allenai/ai2_arc", "test_split": "test", "output_type": "multiple_choice",
                     "metric_list": [{"metric": "acc", "aggregation": "mean", "higher_is_better": True}, {"metric": "acc_norm", "aggregation": "mean", "higher_is_better": True}],
                     "num_fewshot": 0, "metadata": {"version": 1.0}},
        "hellaswag": {"task": "hellaswag", "dataset_path": "Rowan/hellaswag", "validation_split": "validation", "output_type": "multiple_choice",
                      "metric_list": [{"metric": "acc", "aggregation": "mean", "higher_is_better": True}, {"metric": "acc_norm", "aggregation": "mean", "higher_is_better": True}],
                      "num_fewshot": 0, "metadata": {"version": 1.0}},
      },
      "versions": {"arc_easy": 1.0, "hellaswag": 1.0, "reasoning": "N/A"},
      "n-shot": {"arc_easy": 0, "hellaswag": 0},
      "higher_is_better": {"arc_easy": {"acc": True, "acc_norm": True}, "hellaswag": {"acc": True, "acc_norm": True}, "reasoning": {"acc": True}},
      "n-samples": {"arc_easy": {"original": 2376, "effective": 2376}, "hellaswag": {"original": 10042, "effective": 10042}},
      "config": {"model": "hf", "model_args": "pretrained=example-org/tiny-lm", "model_num_parameters": 124439808, "model_dtype": "torch.float32",
                 "batch_size": "auto", "batch_sizes": [64, 32], "device": "cuda:0", "use_cache": None, "limit": None, "bootstrap_iters": 100000,
                 "gen_kwargs": None, "random_seed": 0, "numpy_seed": 1234, "torch_seed": 1234, "fewshot_seed": 1234},
      "git_hash": "1a2b3c4",
      "date": 1764700000.5,
      "transformers_version": "4.46.0",
      "model_name": "example-org/tiny-lm",
      "start_time": 1200.25, "end_time": 1800.75,
      "total_evaluation_time_seconds": "600.5",
    }
w('lm-eval/baseline.json', lm(0.7210, 0.0092, 0.4120, 0.0049, (0.5102, 0.0045)))
w('lm-eval/candidate.json', lm(0.7150, 0.0093, 0.4180, 0.0049, (0.5120, 0.0045)))

# Hugging Face evaluate.save(): one line, metric values + params + metadata.
def ev(acc, f1):
    return {"accuracy": acc, "f1": f1, "model": "example-org/tiny-classifier", "dataset": "glue/mrpc", "split": "validation",
            "_timestamp": "2026-11-30T14:02:11.512345", "_git_commit_hash": "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432",
            "_evaluate_version": "0.4.3", "_python_version": "3.11.9 (main, Apr  2 2024, 08:25:04) [GCC 12.2.0]",
            "_interpreter_path": "/opt/venv/bin/python"}
open('hf-evaluate/baseline.json','w').write(json.dumps(ev(0.8480, 0.8910)))
open('hf-evaluate/candidate.json','w').write(json.dumps(ev(0.8530, 0.8925)))

# Trainer: all_results.json (train_ and eval_ keys, epoch), sorted keys, indent 4 as the Trainer writes.
def tr(acc, loss):
    return {"epoch": 3.0, "eval_accuracy": acc, "eval_f1": round(acc+0.04,4), "eval_loss": loss, "eval_runtime": 4.1234,
            "eval_samples": 408, "eval_samples_per_second": 98.95, "eval_steps_per_second": 12.37,
            "total_flos": 723414321850368.0, "train_loss": 0.3921, "train_runtime": 301.77, "train_samples": 3668,
            "train_samples_per_second": 36.46, "train_steps_per_second": 4.56}
for n,(a,l) in {'baseline':(0.8627,0.3712),'candidate':(0.8676,0.3655)}.items():
    open(f'hf-trainer/{n}.json','w').write(json.dumps(tr(a,l), indent=4, sort_keys=True)+'\n')

def w(name, obj):
    with open(name,'w') as f: f.write(json.dumps(obj, indent=2, ensure_ascii=False)+'\n')

def inspect_log(acc, se, qa, qa_se, run):
    samples = []
    for i in range(1, 4):
        samples.append({"id": i, "epoch": 1, "input": f"What is {i} + {i}?", "target": str(2*i),
            "messages": [{"content": f"What is {i} + {i}?", "source": "input", "role": "user"},
                         {"content": str(2*i), "source": "generate", "role": "assistant"}],
            "output": {"model": "tiny-chat-2026", "choices": [{"message": {"content": str(2*i), "source": "generate", "role": "assistant"}, "stop_reason": "stop"}],
                       "usage": {"input_tokens": 12, "output_tokens": 2, "total_tokens": 14}},
            "scores": {"match": {"value": "C", "answer": str(2*i), "explanation": str(2*i)},
                       "model_graded_qa": {"value": "C" if i != 2 else "I", "answer": str(2*i), "explanation": "GRADE: C"}},
            "metadata": {}, "store": {}})
    return {
      "version": 2, "status": "success",
      "eval": {"run_id": run, "created": "2026-11-30T10:15:00+00:00", "task": "arithmetic", "task_id": "Xk2pQ9", "task_version": 0,
               "task_file": "arithmetic.py", "task_attribs": {}, "task_args": {},
               "dataset": {"name": "arithmetic", "samples": 1200, "sample_ids": [1, 2, 3], "shuffled": False},
               "model": "openai/tiny-chat", "model_args": {}, "config": {"epochs": 1}, "packages": {"inspect_ai": "0.3.43"}},
      "plan": {"name": "plan", "steps": [{"solver": "generate", "params": {}}], "config": {"max_connections": 4}},
      "results": {"total_samples": 1200, "completed_samples": 1200, "scores": [
          {"name": "match", "scorer": "match", "params": {"location": "end"},
           "metrics": {"accuracy": {"name": "accuracy", "value": acc, "options": {}}, "stderr": {"name": "stderr", "value": se, "options": {}}}},
          {"name": "model_graded_qa", "scorer": "model_graded_qa", "params": {},
           "metrics": {"accuracy": {"name": "accuracy", "value": qa, "options": {}}, "stderr": {"name": "stderr", "value": qa_se, "options": {}}}}]},
      "stats": {"started_at": "2026-11-30T10:15:00+00:00", "completed_at": "2026-11-30T10:21:40+00:00",
                "model_usage": {"openai/tiny-chat": {"input_tokens": 14400, "output_tokens": 2400, "total_tokens": 16800}}},
      "samples": samples,
    }
w('inspect/baseline.json', inspect_log(0.8125, 0.0113, 0.7700, 0.0121, "runBase001"))
w('inspect/candidate.json', inspect_log(0.8050, 0.0114, 0.7758, 0.0120, "runCand002"))

def promptfoo(passes, fails, score, tone):
    tests = []
    for i in range(passes + fails):
        ok = i < passes
        tests.append({"promptIdx": 0, "testIdx": i, "success": ok, "score": 1 if ok else 0, "latencyMs": 400 + i,
                      "provider": {"id": "openai:tiny-chat", "label": ""},
                      "prompt": {"raw": f"Summarise: text {i}", "label": "summarise"},
                      "vars": {"text": f"text {i}"},
                      "response": {"output": f"summary {i}", "tokenUsage": {"total": 30, "prompt": 20, "completion": 10}},
                      "gradingResult": {"pass": ok, "score": 1 if ok else 0, "reason": "All assertions passed" if ok else "Expected output to contain 'key'",
                                        "namedScores": {"tone": tone}, "tokensUsed": {"total": 0, "prompt": 0, "completion": 0}},
                      "namedScores": {"tone": tone}, "cost": 0.0001})
    n = passes + fails
    return {
      "evalId": "eval-7Hq-2026-11-30T11:00:00",
      "results": {
        "version": 3, "timestamp": "2026-11-30T11:00:00.000Z",
        "prompts": [{"raw": "Summarise: {{text}}", "label": "summarise", "provider": "openai:tiny-chat",
                     "metrics": {"score": score, "testPassCount": passes, "testFailCount": fails, "testErrorCount": 0,
                                 "assertPassCount": passes * 2, "assertFailCount": fails, "totalLatencyMs": 400 * n,
                                 "tokenUsage": {"total": 30 * n, "prompt": 20 * n, "completion": 10 * n, "cached": 0},
                                 "namedScores": {"tone": tone * n}, "namedScoresCount": {"tone": n}, "cost": 0.0001 * n}}],
        "results": tests,
        "stats": {"successes": passes, "failures": fails, "errors": 0,
                  "tokenUsage": {"total": 30 * n, "prompt": 20 * n, "completion": 10 * n, "cached": 0}},
      },
      "config": {"description": "summaries", "prompts": ["Summarise: {{text}}"], "providers": ["openai:tiny-chat"],
                 "tests": [{"vars": {"text": "text 0"}, "assert": [{"type": "contains", "value": "key"}]}]},
      "shareableUrl": None,
    }
w('promptfoo/baseline.json', promptfoo(17, 3, 17, 0.8))
w('promptfoo/candidate.json', promptfoo(18, 2, 18, 0.85))
